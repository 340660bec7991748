import { encodeAnswers, responseLayout } from '@stemme/responses';
import {
  dateQuestion,
  definitionWith,
  likert,
  matrix,
  multipleChoice,
  municipalityQuestion,
  numberQuestion,
  singleChoice,
  textQuestion,
} from '../../../questionnaire/src/testing/questionnaire-factory';
import type { ExportQuestionnaire } from '../results/study-results';
import { rawDataPlan, type RawDataInput } from './raw-data-plan';

const version1 = definitionWith(singleChoice('q_gender'), multipleChoice('q_help'), likert('q_trust'), textQuestion('q_comment', 'long_text'));
const version2 = definitionWith(
  singleChoice('q_gender'),
  multipleChoice('q_help', { options: [1, 2, 3, 4].map((code) => ({ code, label: { nb: `Hjelp ${code}` } })) }),
  matrix('q_m', ['q_m_a', 'q_m_b']),
  numberQuestion('q_hours', { numberType: 'decimal' }),
  municipalityQuestion('q_home'),
  dateQuestion('q_since'),
  textQuestion('q_comment', 'long_text'),
);
const questionnaire: ExportQuestionnaire = {
  id: 'q',
  title: 'Skjema',
  versions: [
    { id: 'v1', versionNumber: 1, definition: version1, publishedAt: new Date('2026-01-05') },
    { id: 'v2', versionNumber: 2, definition: version2, publishedAt: new Date('2026-02-01') },
  ],
};
const input: RawDataInput = {
  questionnaire,
  ageBands: [
    { label: '18–23', min: 18, max: 23 },
    { label: '24+', min: 24, max: null },
  ],
  geography: { countyOf: new Map([['1804', '18']]), municipalityName: new Map([['1804', 'Bodø']]), countyName: new Map([['18', 'Nordland']]) },
  freeTextExport: false,
  language: 'nb',
};

function stored(versionId: 'v1' | 'v2', answers: Record<string, unknown>, texts: Record<string, string> | null = null) {
  const definition = versionId === 'v1' ? version1 : version2;
  const coded = encodeAnswers(responseLayout(definition), answers as never).coded;
  return { versionId, municipalityCode: '1804', countyCode: '18', ageBand: 0, answers: coded.map((value) => (value === null ? '' : String(value))).join(','), texts };
}

describe('rawDataPlan', () => {
  it('has the fixed columns, then every answer column of the newest version, then older versions’ own, multiple choice as 0/1 per option', () => {
    const headers = rawDataPlan(input).columns.map((column) => column.header);
    expect(headers).toEqual(['lopenr', 'skjemaversjon', 'kommune', 'fylke', 'aldersgruppe', 'q_gender', 'q_help_1', 'q_help_2', 'q_help_3', 'q_help_4', 'q_m_a', 'q_m_b', 'q_hours', 'q_home', 'q_trust', 'q_since']);
  });

  it('leaves free text out unless the study allows it, and keeps date answers', () => {
    expect(rawDataPlan({ ...input, freeTextExport: true }).columns.map((column) => column.header).slice(-2)).toEqual(['q_since', 'q_comment']);
    expect(rawDataPlan(input).readsTexts).toBe(true);
  });

  it('puts each version’s stored answers in their columns: decimals as numbers, the municipality as its code, age band from 1', () => {
    const plan = rawDataPlan({ ...input, freeTextExport: true });
    const row = plan.rowOf(stored('v2', { q_gender: 2, q_help: [1, 4], q_m_a: 9, q_hours: 2.5, q_home: '0301' }, { q_since: '2025-03-01', q_comment: '=1+1' }), 7);
    expect(row).toEqual([7, 2, '1804', '18', 1, 2, 1, 0, 0, 1, 9, null, 2.5, '0301', null, '2025-03-01', '=1+1']);

    const old = plan.rowOf(stored('v1', { q_help: [3], q_trust: 4 }), 8);
    expect(old).toEqual([8, 1, '1804', '18', 1, null, 0, 0, 1, null, null, null, null, null, 4, null, null]);
  });

  it('explains every column in the codebook with its codes and labels', () => {
    const codebook = rawDataPlan(input).codebook;
    const variables = new Set(codebook.map((row) => row[0]));
    expect([...variables]).toEqual(rawDataPlan(input).columns.map((column) => column.header));
    expect(codebook).toContainEqual(['q_help_4', 'Spørsmål q_help – Hjelp 4', 'valgt (0/1)', 0, 'Ikke valgt']);
    expect(codebook).toContainEqual(['q_trust', null, 'kode', 9, 'Vet ikke']);
    expect(codebook).toContainEqual(['kommune', expect.stringContaining('Kommunen svaret gjelder'), 'kommunenummer', '1804', 'Bodø']);
    expect(codebook).toContainEqual(['aldersgruppe', null, 'kode', 2, '24+']);
    expect(codebook).toContainEqual(['skjemaversjon', null, 'heltall', 2, 'publisert 2026-02-01']);
  });
});
