import type { QuestionnaireDefinition } from '../definition/types';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** SHA-256 hex of the canonical JSON: equal for equal content, whatever the key order. */
export function contentHash(definition: QuestionnaireDefinition): string {
  return sha256Hex(canonicalJson(definition));
}
