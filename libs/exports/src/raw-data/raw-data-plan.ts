import type { Geography } from '@stemme/aggregation';
import type { AgeBand, AnswerField, Question } from '@stemme/questionnaire';
import { answerFields } from '@stemme/questionnaire';
import type { ExportColumn, RawRow, RawValue } from '@stemme/reports';
import { DECIMAL_SCALE, responseLayout, type SlotKind } from '@stemme/responses';
import type { ExportLanguage } from '../export-kinds';
import type { ExportQuestionnaire } from '../results/study-results';
import { CODEBOOK_WORDS, type CodebookEntry, codebookRows, questionEntries } from './codebook';
import type { StoredResponse } from './response-export.repository';

export interface RawDataPlan {
  columns: ExportColumn[];
  codebookColumns: ExportColumn[];
  codebook: RawRow[];
  /** Whether stored texts are read at all (free text allowed, or date questions). */
  readsTexts: boolean;
  /** The export row of a stored response; `number` is its running number in the file, from 1. */
  rowOf(response: StoredResponse, number: number): RawRow;
}

export interface RawDataInput {
  questionnaire: ExportQuestionnaire;
  ageBands: readonly AgeBand[];
  geography: Geography;
  /** The study's policy: free-text answers leave the platform only when it allows them. */
  freeTextExport: boolean;
  language: ExportLanguage;
}

const FIXED_COLUMNS = 5;

/** How one version's stored answers land in the export's columns. */
interface VersionMapping {
  versionNumber: number;
  slotColumn: Int32Array;
  slotKind: SlotKind[];
  textColumns: [variable: string, column: number][];
}

/**
 * The raw-data export's columns, codebook and row mapping: one row per response with a running
 * number, the questionnaire version, municipality and county codes and the age band (coded), then
 * every answer coded as stored (multiple choice as one 0/1 column per option, `<variable>_<code>`;
 * decimals as numbers; the municipality answered as its four-digit code), then the date answers
 * and, only when the study allows it, the free-text answers. Nothing else about a response (its
 * id, link or submission date) leaves the platform.
 */
export function rawDataPlan(input: RawDataInput): RawDataPlan {
  const words = CODEBOOK_WORDS[input.language];
  const versions = [...input.questionnaire.versions].reverse();
  const answerColumns = new Map<string, number>();
  const textColumns = new Map<string, number>();
  const answerEntries: CodebookEntry[] = [];
  const textEntries: CodebookEntry[] = [];
  const included = (question: Question) => (question.type !== 'short_text' && question.type !== 'long_text') || input.freeTextExport;

  for (const version of versions) {
    const fields = new Map(answerFields(version.definition).map((field) => [field.variable, field]));
    const layout = responseLayout(version.definition);
    for (const slot of layout.slots) {
      const name = slot.kind === 'option' ? `${slot.variable}_${slot.optionCode}` : slot.variable;
      if (answerColumns.has(name)) continue;
      answerColumns.set(name, FIXED_COLUMNS + answerColumns.size);
      answerEntries.push(...questionEntries(fields.get(slot.variable) as AnswerField, name, slot.optionCode, input.language));
    }
    for (const variable of layout.textVariables) {
      const field = fields.get(variable) as AnswerField;
      if (textColumns.has(variable) || !included(field.question)) continue;
      textColumns.set(variable, -1);
      textEntries.push(...questionEntries(field, variable, undefined, input.language));
    }
  }
  let nextText = FIXED_COLUMNS + answerColumns.size;
  for (const variable of textColumns.keys()) textColumns.set(variable, nextText++);

  const mappings = new Map<string, VersionMapping>(
    input.questionnaire.versions.map((version) => {
      const layout = responseLayout(version.definition);
      return [
        version.id,
        {
          versionNumber: version.versionNumber,
          slotColumn: Int32Array.from(layout.slots.map((slot) => answerColumns.get(slot.kind === 'option' ? `${slot.variable}_${slot.optionCode}` : slot.variable)!)),
          slotKind: layout.slots.map((slot) => slot.kind),
          textColumns: layout.textVariables.flatMap((variable): [string, number][] => (textColumns.has(variable) ? [[variable, textColumns.get(variable)!]] : [])),
        },
      ];
    }),
  );
  const width = nextText;
  const names = [words.rowNumber, words.version, words.municipality, words.county, words.ageBand, ...answerColumns.keys(), ...textColumns.keys()];

  return {
    columns: names.map((header, index) => ({ header, width: index >= FIXED_COLUMNS + answerColumns.size ? 40 : Math.max(8, Math.min(24, header.length + 2)) })),
    codebookColumns: [words.variable, words.question, words.type, words.code, words.label].map((header, index) => ({ header, width: [26, 70, 18, 8, 50][index] })),
    codebook: codebookRows(input, [...answerEntries, ...textEntries]),
    readsTexts: [...mappings.values()].some((mapping) => mapping.textColumns.length > 0),
    rowOf(response, number) {
      const mapping = mappings.get(response.versionId);
      if (!mapping) throw new Error(`Response of version ${response.versionId}, which is not a published version of the questionnaire`);
      const row: RawValue[] = new Array(width).fill(null);
      row[0] = number;
      row[1] = mapping.versionNumber;
      row[2] = response.municipalityCode;
      row[3] = response.countyCode;
      row[4] = response.ageBand === null ? null : response.ageBand + 1;
      const answers = response.answers;
      let slot = 0;
      let start = 0;
      for (let index = 0; index <= answers.length; index++) {
        if (index < answers.length && answers.charCodeAt(index) !== 44) continue;
        if (index > start && slot < mapping.slotColumn.length) row[mapping.slotColumn[slot]] = storedValue(mapping.slotKind[slot], Number(answers.slice(start, index)));
        slot++;
        start = index + 1;
      }
      if (response.texts) for (const [variable, column] of mapping.textColumns) row[column] = response.texts[variable] ?? null;
      return row;
    },
  };
}

function storedValue(kind: SlotKind, value: number): RawValue {
  if (kind === 'decimal') return value / DECIMAL_SCALE;
  if (kind === 'municipality') return String(value).padStart(4, '0');
  return value;
}

