/**
 * JSON Schema (draft-07) for the shape of a questionnaire definition and of the export file.
 * Shape only: content rules (unique variables, conditions pointing backwards, translations...)
 * are checked by `validateDefinition`. Documented in FORMAT.md.
 */
import { CONDITION_OPERATORS, FORMAT_VERSION, LANGUAGES } from '../definition/types';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
export const DEFINITION_SCHEMA_ID = 'urn:stemme:schema:questionnaire-definition:1';
export const EXPORT_SCHEMA_ID = 'urn:stemme:schema:questionnaire-export:1';
export const EXPORT_FORMAT = 'stemme-questionnaire';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const integer = (minimum?: number, maximum?: number) => ({ type: 'integer', ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) });
const string = (description?: string) => ({ type: 'string', ...(description ? { description } : {}) });

function questionSchema(type: string, properties: Record<string, unknown> = {}, required: string[] = []) {
  return {
    type: 'object',
    required: ['type', 'variable', 'text', ...required],
    properties: {
      type: { const: type },
      variable: string('Stable data/export column name: ^[a-z][a-z0-9_]{0,62}$'),
      text: ref('texts'),
      help: ref('texts'),
      required: { type: 'boolean' },
      condition: ref('condition'),
      ...properties,
    },
    additionalProperties: false,
  };
}

const questionTypes = {
  singleChoiceQuestion: questionSchema('single_choice', { options: ref('options') }, ['options']),
  multipleChoiceQuestion: questionSchema(
    'multiple_choice',
    { options: ref('options'), minSelections: integer(0), maxSelections: integer(1) },
    ['options'],
  ),
  likertQuestion: questionSchema('likert', { scale: ref('likertScale') }, ['scale']),
  matrixQuestion: questionSchema('matrix', { scale: ref('likertScale'), items: { type: 'array', items: ref('matrixItem') } }, ['scale', 'items']),
  numberQuestion: questionSchema('number', { numberType: { enum: ['integer', 'decimal'] }, min: { type: 'number' }, max: { type: 'number' } }, ['numberType']),
  ageQuestion: questionSchema('age', { min: integer(0), max: integer(0) }),
  yearOfBirthQuestion: questionSchema('year_of_birth', { minAge: integer(0), maxAge: integer(0) }),
  municipalityQuestion: questionSchema('municipality'),
  shortTextQuestion: questionSchema('short_text', { maxLength: integer(1) }),
  longTextQuestion: questionSchema('long_text', { maxLength: integer(1) }),
  dateQuestion: questionSchema('date', { min: ref('isoDate'), max: ref('isoDate') }),
};

const definitions = {
  texts: {
    type: 'object',
    description: 'One text per language.',
    properties: Object.fromEntries(LANGUAGES.map((language) => [language, { type: 'string' }])),
    additionalProperties: false,
  },
  isoDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  option: {
    type: 'object',
    required: ['code', 'label'],
    properties: { code: integer(0), label: ref('texts') },
    additionalProperties: false,
  },
  options: { type: 'array', items: ref('option') },
  likertScale: {
    type: 'object',
    required: ['points', 'lowLabel', 'highLabel'],
    properties: { points: integer(2, 11), lowLabel: ref('texts'), highLabel: ref('texts'), dontKnow: ref('option') },
    additionalProperties: false,
  },
  matrixItem: {
    type: 'object',
    required: ['variable', 'code', 'text'],
    properties: { variable: { type: 'string' }, code: integer(0), text: ref('texts') },
    additionalProperties: false,
  },
  condition: {
    type: 'object',
    description: 'Exactly one of "all" or "any".',
    minProperties: 1,
    maxProperties: 1,
    properties: { all: { type: 'array', items: ref('conditionNode') }, any: { type: 'array', items: ref('conditionNode') } },
    additionalProperties: false,
  },
  conditionNode: {
    description: 'A nested group (with "all" or "any") or a term.',
    if: { type: 'object', anyOf: [{ required: ['all'] }, { required: ['any'] }] },
    then: ref('condition'),
    else: ref('conditionTerm'),
  },
  conditionTerm: {
    type: 'object',
    required: ['variable', 'op'],
    properties: {
      variable: { type: 'string', minLength: 1 },
      op: { enum: [...CONDITION_OPERATORS] },
      value: { type: ['number', 'string', 'array'], items: { type: ['number', 'string'] } },
    },
    additionalProperties: false,
  },
  ...questionTypes,
  question: {
    type: 'object',
    required: ['type'],
    discriminator: { propertyName: 'type' },
    oneOf: Object.keys(questionTypes).map(ref),
  },
  page: {
    type: 'object',
    required: ['id', 'title', 'questions'],
    properties: { id: { type: 'string' }, title: ref('texts'), condition: ref('condition'), questions: { type: 'array', items: ref('question') } },
    additionalProperties: false,
  },
  definition: {
    type: 'object',
    required: ['formatVersion', 'languages', 'pages'],
    properties: {
      formatVersion: { const: FORMAT_VERSION },
      languages: { type: 'array', minItems: 1, items: { enum: [...LANGUAGES] } },
      pages: { type: 'array', items: ref('page') },
    },
    additionalProperties: false,
  },
  exportMeta: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      title: ref('texts'),
      description: { type: 'string' },
      version: integer(1),
      exportedAt: { type: 'string' },
    },
    additionalProperties: false,
  },
};

/** The shape of a questionnaire definition on its own, as stored. */
export const questionnaireDefinitionJsonSchema = {
  $schema: DRAFT_07,
  $id: DEFINITION_SCHEMA_ID,
  title: 'Stemme questionnaire definition',
  ...definitions.definition,
  definitions,
};

/** The documented import/export file: metadata and the definition. */
export const questionnaireJsonSchema = {
  $schema: DRAFT_07,
  $id: EXPORT_SCHEMA_ID,
  title: 'Stemme questionnaire export',
  type: 'object',
  required: ['format', 'meta', 'definition'],
  properties: {
    $schema: { type: 'string' },
    format: { const: EXPORT_FORMAT },
    meta: ref('exportMeta'),
    contentHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    definition: ref('definition'),
  },
  additionalProperties: false,
  definitions,
};
