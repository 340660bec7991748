/** @stemme/questionnaire: the pure questionnaire core. See ../FORMAT.md. */
export * from './browser';
export * from './validation/definition-problem';
export { VARIABLE_NAME_PATTERN } from './validation/check-identifiers';
export * from './validation/validate-definition';
export * from './schema/questionnaire-json-schema';
export * from './schema/questionnaire-export';
export { korusDemoQuestionnaire } from './demo/korus-demo';
