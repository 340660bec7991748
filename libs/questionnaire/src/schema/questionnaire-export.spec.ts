import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { korusDemoQuestionnaire } from '../demo/korus-demo';
import { contentHash } from '../hash/content-hash';
import { definitionWith, singleChoice } from '../testing/questionnaire-factory';
import { validateDefinition } from '../validation/validate-definition';
import { questionnaireDefinitionJsonSchema, questionnaireJsonSchema } from './questionnaire-json-schema';
import { parseQuestionnaireExport, toQuestionnaireExport } from './questionnaire-export';

const meta = { name: 'KoRus demo', title: { nb: 'Brukerundersøkelse', en: 'User survey' }, version: 3, exportedAt: '2025-03-15T10:00:00Z' };

describe('questionnaire export', () => {
  it('survives export to a file and import back unchanged', () => {
    const file = JSON.stringify(toQuestionnaireExport(korusDemoQuestionnaire, meta), null, 2);
    const parsed = parseQuestionnaireExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.definition).toStrictEqual(korusDemoQuestionnaire);
    expect(parsed.value).toStrictEqual(toQuestionnaireExport(korusDemoQuestionnaire, meta));
  });

  it('records the content hash of the definition', () => {
    expect(toQuestionnaireExport(korusDemoQuestionnaire, meta).contentHash).toBe(contentHash(korusDemoQuestionnaire));
  });

  it('accepts JSON that is already parsed', () => {
    expect(parseQuestionnaireExport({ format: 'stemme-questionnaire', meta: { name: 'x' }, definition: definitionWith(singleChoice('q1')) }).ok).toBe(true);
  });

  it('reports text that is not JSON', () => {
    const parsed = parseQuestionnaireExport('{ "format": ');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((problem) => [problem.code, problem.path])).toEqual([['invalid_json', '$']]);
  });

  it('reports a file of another format', () => {
    const parsed = parseQuestionnaireExport({ format: 'surveyjs', meta: { name: 'x' }, definition: definitionWith(singleChoice('q1')) });
    expect(!parsed.ok && parsed.problems.map((problem) => [problem.code, problem.path])).toEqual([['invalid_value', '$.format']]);
  });

  it('locates shape problems inside the definition', () => {
    const definition = structuredClone(definitionWith(singleChoice('q1'))) as unknown as { pages: Array<{ questions: Array<Record<string, unknown>> }> };
    definition.pages[0].questions[0].options = 'yes, no';
    const parsed = parseQuestionnaireExport({ format: 'stemme-questionnaire', meta: { name: 'x' }, definition });
    expect(!parsed.ok && parsed.problems.map((problem) => [problem.code, problem.path])).toEqual([['wrong_type', '$.definition.pages[0].questions[0].options']]);
  });
});

describe('questionnaire JSON Schemas', () => {
  it('validate the demo with a plain ajv, as other tools would', () => {
    const ajv = new Ajv({ discriminator: true, allowUnionTypes: true, strictRequired: false });
    expect(ajv.validate(questionnaireJsonSchema, toQuestionnaireExport(korusDemoQuestionnaire, meta))).toBe(true);
    expect(ajv.validate(questionnaireDefinitionJsonSchema, korusDemoQuestionnaire)).toBe(true);
  });

  it('are plain JSON, so they can be published as files', () => {
    expect(JSON.parse(JSON.stringify(questionnaireJsonSchema))).toStrictEqual(questionnaireJsonSchema);
  });
});

describe('FORMAT.md', () => {
  it('shows a definition that is ready to publish', () => {
    const examples = [...readFileSync(resolve(__dirname, '../../FORMAT.md'), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]));
    const definitionExample = examples.find((example) => 'formatVersion' in example);
    expect(validateDefinition(definitionExample)).toEqual([]);
  });
});
