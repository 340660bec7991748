/**
 * The browser-safe part of the core, for the respondent form's script and the builder preview:
 * no Node APIs and no ajv. `browser-safety.spec.ts` keeps it that way.
 */
export * from './definition/types';
export * from './definition/answer-fields';
export * from './answers/answer-types';
export * from './answers/answer-messages';
export { type AnswerProblemCode } from './answers/check-answer';
export * from './answers/validate-answers';
export * from './conditions/evaluate-condition';
export * from './conditions/condition-context';
export * from './conditions/visibility';
export * from './calendar/iso-date';
export * from './age/age-bands';
export * from './age/respondent-age';
export * from './hash/content-hash';
export * from './readability/lix';
export * from './readability/readability-summary';
export * from './validation/path-problem';
