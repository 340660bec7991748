import { buildCodeResolver } from '@stemme/register';
import { DEFAULT_AGE_BANDS, korusDemoQuestionnaire, respondentAge, type Answers, type QuestionnaireDefinition } from '@stemme/questionnaire';
import { decodeAnswers, responseLayout } from '@stemme/responses';
import { definitionWith, equals, singleChoice, yearOfBirthQuestion, ageQuestion, municipalityQuestion } from '../../../questionnaire/src/testing/questionnaire-factory';
import type { AgeQuestionRef } from '../links/form-context-cache';
import { prepareResponse } from './prepare-response';

const resolveMunicipality = buildCodeResolver({
  currentCodes: ['0301', '1508', '1580', '1806', '1875', '3301', '4601'],
  steps: [
    { oldCode: '3005', newCode: '3301' },
    { oldCode: '1507', newCode: '1508' },
    { oldCode: '1507', newCode: '1580' },
    { oldCode: '1850', newCode: '1806' },
    { oldCode: '1850', newCode: '1875' },
  ],
});

function contextFor(definition: QuestionnaireDefinition, linkMunicipality: string | null = null) {
  const questions = definition.pages.flatMap((page) => page.questions);
  return {
    definition,
    layout: responseLayout(definition),
    ageBands: DEFAULT_AGE_BANDS.map((band) => ({ ...band })),
    municipalityVariable: questions.find((question) => question.type === 'municipality')?.variable,
    ageQuestions: questions.flatMap((question): AgeQuestionRef[] => (question.type === 'age' || question.type === 'year_of_birth' ? [{ variable: question.variable, type: question.type }] : [])),
    link: { municipalityCode: linkMunicipality },
  };
}

const prepare = (definition: QuestionnaireDefinition, answers: Answers, linkMunicipality: string | null = null) =>
  prepareResponse({ context: contextFor(definition, linkMunicipality), answers, language: 'en', today: '2026-03-15', resolveMunicipality });

describe('prepareResponse', () => {
  it('stores the answers in their positional form, with the date and nothing else about the moment', () => {
    const answers = { q01_services: [1, 2], q20_contact_person: 2, q37_municipality: '4601', q38_age: 20, q41_anything_else: 'Takk' };
    const result = prepare(korusDemoQuestionnaire, answers);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.prepared).toMatchObject({ municipalityCode: '4601', municipalityCodeGiven: null, countyCode: '46', ageBand: 0, submittedOn: '2026-03-15', texts: { q41_anything_else: 'Takk' } });
    expect(decodeAnswers(responseLayout(korusDemoQuestionnaire), result.prepared.answers, result.prepared.texts ?? {})).toEqual(answers);
  });

  it('maps an old municipality number, and keeps a split one as given with the county of its parts', () => {
    const definition = definitionWith(municipalityQuestion('home'));
    expect(prepare(definition, { home: '3005' })).toMatchObject({ ok: true, prepared: { municipalityCode: '3301', municipalityCodeGiven: '3005', countyCode: '33' } });
    expect(prepare(definition, { home: '1507' })).toMatchObject({ ok: true, prepared: { municipalityCode: null, municipalityCodeGiven: '1507', countyCode: '15' } });
    expect(prepare(definition, { home: '1850' })).toMatchObject({ ok: true, prepared: { municipalityCode: null, municipalityCodeGiven: '1850', countyCode: '18' } });
    expect(prepare(definition, {})).toMatchObject({ ok: true, prepared: { municipalityCode: null, municipalityCodeGiven: null, countyCode: null } });
  });

  it('refuses a municipality number that never existed', () => {
    expect(prepare(definitionWith(municipalityQuestion('home')), { home: '9999' })).toEqual({
      ok: false,
      problems: [{ variable: 'home', code: 'invalid_municipality', message: 'Choose a municipality from the list' }],
    });
  });

  it('answers the municipality of a per-municipality link, and refuses a different one from the client', () => {
    const definition = definitionWith(municipalityQuestion('home', { required: true }));
    expect(prepare(definition, {}, '0301')).toMatchObject({ ok: true, prepared: { municipalityCode: '0301', countyCode: '03' } });
    expect(prepare(definition, { home: '0301' }, '0301').ok).toBe(true);
    expect(prepare(definition, { home: '4601' }, '0301')).toMatchObject({ ok: false, problems: [{ variable: 'home', code: 'answered_hidden_question' }] });
  });

  it('places a response by its per-municipality link when the questionnaire has no municipality question', () => {
    const definition = definitionWith(singleChoice('q1'));
    const fromLink = prepare(definition, { q1: 1 }, '4601');
    if (!fromLink.ok) throw new Error(JSON.stringify(fromLink.problems));
    expect(fromLink.prepared).toMatchObject({ municipalityCode: '4601', municipalityCodeGiven: null, countyCode: '46' });
    const studyWide = prepare(definition, { q1: 1 });
    if (!studyWide.ok) throw new Error(JSON.stringify(studyWide.problems));
    expect(studyWide.prepared).toMatchObject({ municipalityCode: null, countyCode: null });
  });

  it('finds the same age as the core, from an age or a year of birth, skipping hidden questions', () => {
    const definition = definitionWith(singleChoice('tell', { options: [1, 2].map((code) => ({ code, label: { nb: `${code}` } })) }), ageQuestion('age', { condition: equals('tell', 1) }), yearOfBirthQuestion('born'));
    for (const answers of [{ tell: 1, age: 44 }, { tell: 2, born: 2001 }, { tell: 1, age: 30, born: 1950 }, { born: 1950 }, {}]) {
      const result = prepare(definition, answers);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const age = respondentAge(definition, answers, '2026-03-15');
      const band = age === undefined ? null : DEFAULT_AGE_BANDS.findIndex((b) => age >= b.min && (b.max === null || age <= b.max));
      expect(result.prepared.ageBand).toBe(band === -1 ? null : band);
    }
  });

  it('leaves an age below every band without a band', () => {
    expect(prepare(definitionWith(ageQuestion('age')), { age: 12 })).toMatchObject({ ok: true, prepared: { ageBand: null } });
  });
});
