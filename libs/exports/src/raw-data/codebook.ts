import type { AnswerField } from '@stemme/questionnaire';
import { scaleOf } from '@stemme/questionnaire';
import type { RawRow } from '@stemme/reports';
import type { ExportLanguage } from '../export-kinds';
import { textIn } from '../texts';
import type { RawDataInput } from './raw-data-plan';

/** One column of the raw data as the codebook explains it. */
export interface CodebookEntry {
  variable: string;
  question: string;
  type: string;
  codes: [code: number | string, label: string][];
}

export const CODEBOOK_WORDS = {
  nb: {
    rowNumber: 'lopenr',
    version: 'skjemaversjon',
    municipality: 'kommune',
    county: 'fylke',
    ageBand: 'aldersgruppe',
    variable: 'Variabel',
    question: 'Spørsmål',
    type: 'Type',
    code: 'Kode',
    label: 'Etikett',
    rowNumberText: 'Løpenummer i denne filen (sier ingenting om svaret)',
    versionText: 'Versjon av spørreskjemaet svaret ble gitt i',
    municipalityText: 'Kommunen svaret gjelder (kommunenummer); tom når nummeret er delt eller ukjent',
    countyText: 'Fylket svaret gjelder (fylkesnummer)',
    ageBandText: 'Aldersgruppe; tom når alder ikke er oppgitt',
    published: 'publisert',
    types: {
      code: 'kode',
      option: 'valgt (0/1)',
      integer: 'heltall',
      decimal: 'desimaltall',
      municipality: 'kommunenummer',
      date: 'dato (ÅÅÅÅ-MM-DD)',
      text: 'fritekst',
    },
    chosen: 'Valgt',
    notChosen: 'Ikke valgt',
  },
  en: {
    rowNumber: 'row',
    version: 'questionnaire_version',
    municipality: 'municipality',
    county: 'county',
    ageBand: 'age_band',
    variable: 'Variable',
    question: 'Question',
    type: 'Type',
    code: 'Code',
    label: 'Label',
    rowNumberText: 'Running number in this file (says nothing about the response)',
    versionText: 'The questionnaire version the response was given to',
    municipalityText: 'The municipality the response is about (code); blank when the code was split or is unknown',
    countyText: 'The county the response is about (code)',
    ageBandText: 'Age band; blank when no age was given',
    published: 'published',
    types: {
      code: 'code',
      option: 'chosen (0/1)',
      integer: 'whole number',
      decimal: 'decimal number',
      municipality: 'municipality code',
      date: 'date (YYYY-MM-DD)',
      text: 'free text',
    },
    chosen: 'Chosen',
    notChosen: 'Not chosen',
  },
} as const;

/** Codebook entries of one export column of a question (an option's column for multiple choice). */
export function questionEntries(field: AnswerField, column: string, optionCode: number | undefined, language: ExportLanguage): CodebookEntry[] {
  const words = CODEBOOK_WORDS[language];
  const question = field.question;
  const text = textIn(language, field.item?.text ?? question.text);
  const entry = (type: string, codes: CodebookEntry['codes'] = [], questionText = text): CodebookEntry[] => [{ variable: column, question: questionText, type, codes }];
  switch (question.type) {
    case 'multiple_choice': {
      const option = question.options.find((candidate) => candidate.code === optionCode);
      return entry(words.types.option, [[0, words.notChosen], [1, words.chosen]], `${text} – ${option ? textIn(language, option.label) : optionCode}`);
    }
    case 'single_choice':
      return entry(words.types.code, question.options.map((option) => [option.code, textIn(language, option.label)]));
    case 'likert':
    case 'matrix': {
      const scale = scaleOf(question)!;
      const points: CodebookEntry['codes'] = Array.from({ length: scale.points }, (_, index) => [
        index + 1,
        index === 0 ? textIn(language, scale.lowLabel) : index === scale.points - 1 ? textIn(language, scale.highLabel) : '',
      ]);
      return entry(words.types.code, scale.dontKnow ? [...points, [scale.dontKnow.code, textIn(language, scale.dontKnow.label)]] : points);
    }
    case 'number':
      return entry(question.numberType === 'decimal' ? words.types.decimal : words.types.integer);
    case 'age':
    case 'year_of_birth':
      return entry(words.types.integer);
    case 'municipality':
      return entry(words.types.municipality);
    case 'date':
      return entry(words.types.date);
    default:
      return entry(words.types.text);
  }
}

/** The codebook sheet: one row per code (variable and type repeated, for filtering), one for a column without codes. */
export function codebookRows(input: RawDataInput, entries: readonly CodebookEntry[]): RawRow[] {
  const words = CODEBOOK_WORDS[input.language];
  const { geography } = input;
  const fixed: CodebookEntry[] = [
    { variable: words.rowNumber, question: words.rowNumberText, type: words.types.integer, codes: [] },
    {
      variable: words.version,
      question: words.versionText,
      type: words.types.integer,
      codes: input.questionnaire.versions.map((version) => [version.versionNumber, version.publishedAt ? `${words.published} ${version.publishedAt.toISOString().slice(0, 10)}` : '']),
    },
    {
      variable: words.municipality,
      question: words.municipalityText,
      type: words.types.municipality,
      codes: [...geography.municipalityName].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => [code, name]),
    },
    { variable: words.county, question: words.countyText, type: words.types.code, codes: [...geography.countyName].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => [code, name]) },
    { variable: words.ageBand, question: words.ageBandText, type: words.types.code, codes: input.ageBands.map((band, index) => [index + 1, band.label]) },
  ];
  return [...fixed, ...entries].flatMap((entry) =>
    entry.codes.length === 0
      ? [[entry.variable, entry.question, entry.type, null, null]]
      : entry.codes.map(([code, label], index) => [entry.variable, index === 0 ? entry.question : null, entry.type, code, label]),
  );
}
