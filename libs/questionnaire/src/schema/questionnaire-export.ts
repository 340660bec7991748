/** The documented import/export file (FORMAT.md): metadata, a content hash and the definition. */
import type { QuestionnaireDefinition, Texts } from '../definition/types';
import { contentHash } from '../hash/content-hash';
import type { DefinitionProblem } from '../validation/definition-problem';
import { checkShape } from './check-shape';
import { EXPORT_FORMAT } from './questionnaire-json-schema';

export interface QuestionnaireExportMeta {
  /** The questionnaire's working name, e.g. "KoRus brukerundersøkelse 2025". */
  name: string;
  title?: Texts;
  description?: string;
  version?: number;
  /** ISO 8601 timestamp. */
  exportedAt?: string;
}

export interface QuestionnaireExport {
  $schema?: string;
  format: typeof EXPORT_FORMAT;
  meta: QuestionnaireExportMeta;
  /** `contentHash(definition)` when exported; informative, not checked on import. */
  contentHash?: string;
  definition: QuestionnaireDefinition;
}

export type ParseExportResult = { ok: true; value: QuestionnaireExport } | { ok: false; problems: DefinitionProblem[] };

export function toQuestionnaireExport(definition: QuestionnaireDefinition, meta: QuestionnaireExportMeta): QuestionnaireExport {
  return { format: EXPORT_FORMAT, meta, contentHash: contentHash(definition), definition };
}

/**
 * Reads an export file (its text, or already-parsed JSON) and checks its shape. The definition's
 * content rules are `validateDefinition`'s job: an import may well become a draft with problems.
 */
export function parseQuestionnaireExport(json: unknown): ParseExportResult {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { ok: false, problems: [{ path: '$', code: 'invalid_json', message: `Not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const problems = checkShape('export', value);
  return problems.length === 0 ? { ok: true, value: value as QuestionnaireExport } : { ok: false, problems };
}
