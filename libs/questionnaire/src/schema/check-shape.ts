/** Shape checks with ajv against the JSON Schema, reported as problems with JSON paths. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { DefinitionProblem } from '../validation/definition-problem';
import { childPath } from '../validation/path-problem';
import { questionnaireDefinitionJsonSchema, questionnaireJsonSchema } from './questionnaire-json-schema';

type Document = 'definition' | 'export';

let validators: Record<Document, ValidateFunction> | undefined;

function validatorFor(document: Document): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, discriminator: true, allowUnionTypes: true, strict: true, strictRequired: false });
    validators = { definition: ajv.compile(questionnaireDefinitionJsonSchema), export: ajv.compile(questionnaireJsonSchema) };
  }
  return validators[document];
}

export function checkShape(document: Document, value: unknown): DefinitionProblem[] {
  const validate = validatorFor(document);
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).filter((error) => error.keyword !== 'if').map(toProblem);
  // One problem per place: a missing "type" is also an unknown question type.
  return problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path) === index);
}

function toProblem(error: ErrorObject): DefinitionProblem {
  const path = jsonPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: childPath(path, String(params.missingProperty)), code: 'missing_property', message: `Missing required property "${params.missingProperty}".` };
    case 'additionalProperties':
      return { path: childPath(path, String(params.additionalProperty)), code: 'unknown_property', message: `Unknown property "${params.additionalProperty}".` };
    case 'discriminator':
      return { path: childPath(path, 'type'), code: 'unknown_question_type', message: `Unknown question type ${JSON.stringify(params.tagValue)}.` };
    case 'const':
      return path.endsWith('.formatVersion')
        ? { path, code: 'unsupported_format_version', message: `Only formatVersion ${params.allowedValue} is supported.` }
        : { path, code: 'invalid_value', message: `Must be ${JSON.stringify(params.allowedValue)}.` };
    case 'enum':
      return { path, code: 'invalid_value', message: `Must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}.` };
    case 'type':
      return { path, code: 'wrong_type', message: `Must be of type ${params.type}.` };
    case 'minimum':
    case 'maximum':
      return { path, code: 'out_of_range', message: `Must be ${params.comparison} ${params.limit}.` };
    case 'minProperties':
    case 'maxProperties':
      return { path, code: 'invalid_shape', message: 'A condition group has exactly one of "all" or "any".' };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return { path, code: 'invalid_length', message: `${capitalised(error.message)}.` };
    case 'pattern':
      return { path, code: 'invalid_format', message: `Must match ${params.pattern}.` };
    default:
      return { path, code: 'invalid_shape', message: `${capitalised(error.message)}.` };
  }
}

/** `/pages/1/questions/3` → `$.pages[1].questions[3]` */
function jsonPath(instancePath: string): string {
  if (instancePath === '') return '$';
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => childPath(path, /^\d+$/.test(segment) ? Number(segment) : segment), '$');
}

function capitalised(message: string | undefined): string {
  const text = message ?? 'has the wrong shape';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
