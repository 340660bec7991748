/**
 * Limits per link and second, counted in Redis across every API instance, never per address.
 * They stop one link being flooded; a real rush of respondents stays well under them. A
 * provider, so that the benchmark (and one day an operator's setting) can raise them.
 */
export abstract class RespondentLimits {
  abstract readonly submissionsPerLinkPerSecond: number;
  /** New forms (drafts) started through one link. */
  abstract readonly formStartsPerLinkPerSecond: number;
  /** Invitation and resume codes tried on one link: guessing stays hopeless. */
  abstract readonly codeAttemptsPerLinkPerSecond: number;
}

export const DEFAULT_RESPONDENT_LIMITS: RespondentLimits = {
  submissionsPerLinkPerSecond: 300,
  formStartsPerLinkPerSecond: 150,
  codeAttemptsPerLinkPerSecond: 5,
};
