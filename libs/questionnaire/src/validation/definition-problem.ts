import type { PathProblem } from './path-problem';

/** Wrong JSON shape, found by the JSON Schema. */
export type ShapeProblemCode =
  | 'invalid_json'
  | 'missing_property'
  | 'unknown_property'
  | 'wrong_type'
  | 'invalid_value'
  | 'unsupported_format_version'
  | 'unknown_question_type'
  | 'out_of_range'
  | 'invalid_length'
  | 'invalid_format'
  | 'invalid_shape';

/** Right shape, wrong content. */
export type ContentProblemCode =
  | 'missing_nb_language'
  | 'duplicate_language'
  | 'no_pages'
  | 'empty_page'
  | 'invalid_page_id'
  | 'duplicate_page_id'
  | 'invalid_variable_name'
  | 'duplicate_variable'
  | 'empty_options'
  | 'duplicate_option_code'
  | 'empty_matrix'
  | 'duplicate_item_code'
  | 'dont_know_code_on_scale'
  | 'invalid_selection_limits'
  | 'min_greater_than_max'
  | 'invalid_date'
  | 'missing_text'
  | 'unknown_condition_variable'
  | 'condition_on_matrix_question'
  | 'condition_not_earlier'
  | 'operator_not_allowed'
  | 'missing_condition_value'
  | 'unexpected_condition_value'
  | 'invalid_condition_value'
  | 'unknown_condition_code'
  | 'empty_condition_group'
  | 'condition_never_true';

export type DefinitionProblemCode = ShapeProblemCode | ContentProblemCode;
export type DefinitionProblem = PathProblem<DefinitionProblemCode>;

/** Problems that mean the JSON is not a questionnaire definition at all (not even a draft). */
export const SHAPE_PROBLEM_CODES: ReadonlySet<DefinitionProblemCode> = new Set<ShapeProblemCode>([
  'invalid_json',
  'missing_property',
  'unknown_property',
  'wrong_type',
  'invalid_value',
  'unsupported_format_version',
  'unknown_question_type',
  'out_of_range',
  'invalid_length',
  'invalid_format',
  'invalid_shape',
]);

/** Normal while a draft is being written; only publishing requires them fixed. */
export const UNFINISHED_DRAFT_CODES: ReadonlySet<DefinitionProblemCode> = new Set<DefinitionProblemCode>([
  'missing_text',
  'no_pages',
  'empty_page',
  'empty_options',
  'empty_matrix',
]);

export function pagePath(pageIndex: number): string {
  return `$.pages[${pageIndex}]`;
}

export function questionPath(pageIndex: number, questionIndex: number): string {
  return `${pagePath(pageIndex)}.questions[${questionIndex}]`;
}
