import { type AgeBand, type Language, validateAgeBands } from '@stemme/questionnaire';
import type { ErrorDetail } from '@stemme/platform';

export interface StudySettings {
  disclosureThreshold: number;
  reportingMinimum: number;
  ageBands: readonly AgeBand[];
  languages: readonly Language[];
}

/** Rules that span several settings of a study; each problem names its field. */
export function checkStudySettings(settings: StudySettings): ErrorDetail[] {
  const problems: ErrorDetail[] = validateAgeBands(settings.ageBands).map((problem) => ({
    path: problem.path.replace(/^\$/, 'ageBands'),
    message: problem.message,
  }));
  if (!settings.languages.includes('nb')) {
    problems.push({ path: 'languages', message: 'Norwegian bokmål (nb) is always enabled' });
  }
  if (settings.reportingMinimum < settings.disclosureThreshold) {
    problems.push({
      path: 'reportingMinimum',
      message: `The reporting minimum (${settings.reportingMinimum}) cannot be lower than the disclosure threshold (${settings.disclosureThreshold})`,
    });
  }
  return problems;
}
