import { korusDemoQuestionnaire as demo, type Answers } from '@stemme/questionnaire';
import type { FormBody } from './form-fields';
import { pagePostOutcome } from './page-post-outcome';

const today = '2025-03-15';
const post = (pageId: string, body: FormBody, savedAnswers: Answers = {}, language: 'nb' | 'en' = 'nb') =>
  pagePostOutcome({ definition: demo, pageId, body, savedAnswers, language, today });

describe('pagePostOutcome', () => {
  it('goes on to the next page when the page has no problems', () => {
    const outcome = post('services', { q01_services: ['1', '2'], q04_admitted: '2' });
    expect(outcome).toMatchObject({ kind: 'go_to_page', pageId: 'access' });
    expect(outcome.save).toMatchObject({ q01_services: [1, 2], q04_admitted: 2, q02_duration: null });
  });

  it('shows the page again with the problems, in the respondent\'s language', () => {
    const outcome = post('services', { q04_admitted: '2' }, {}, 'en');
    expect(outcome).toMatchObject({ kind: 'show_page', page: { pageId: 'services', problems: { q01_services: 'Choose at least one answer' } } });
  });

  it('shows unreadable text again as typed, and keeps it out of what is saved', () => {
    const outcome = post('about_you', { q37_municipality: '0301', q38_age: 'tjue' }, {});
    expect(outcome).toMatchObject({ kind: 'show_page', page: { problems: { q38_age: 'Skriv bare tall, for eksempel 25' }, rawText: { q38_age: 'tjue' } } });
    expect(outcome.save).not.toHaveProperty('q38_age');
    expect(outcome.save).toMatchObject({ q37_municipality: '0301' });
  });

  it('uses the core\'s rules for content, such as an age outside the limits', () => {
    const outcome = post('about_you', { q37_municipality: '0301', q38_age: '16' });
    expect(outcome).toMatchObject({ kind: 'show_page', page: { problems: { q38_age: 'Skriv et tall mellom 18 og 99' } } });
  });

  it('goes back without asking for what is missing, keeping the good answers', () => {
    const outcome = post('help', { _action: 'back', q16_fits_needs: '4' });
    expect(outcome).toMatchObject({ kind: 'go_to_page', pageId: 'involvement', save: { q16_fits_needs: 4 } });
  });

  it('saves for later without asking for what is missing', () => {
    expect(post('help', { _action: 'save', q16_fits_needs: '4' })).toMatchObject({ kind: 'save_for_later', pageId: 'help', save: { q16_fits_needs: 4 } });
  });

  describe('follow-up questions without JavaScript', () => {
    it('shows the page again with the follow-ups an answer revealed, without calling them missing', () => {
      const outcome = post('help', { q20_contact_person: '1', _shown: '' });
      expect(outcome).toMatchObject({
        kind: 'show_page',
        page: { pageId: 'help', newQuestions: ['q21_contact_person_reachable', 'q22_contact_person_trust'], problems: {} },
      });
    });

    it('goes on when the follow-ups were on screen, answered or skipped', () => {
      const outcome = post('help', { q20_contact_person: '1', q22_contact_person_trust: '5', _shown: 'q21_contact_person_reachable q22_contact_person_trust' });
      expect(outcome).toMatchObject({ kind: 'go_to_page', pageId: 'daily_life', save: { q20_contact_person: 1, q22_contact_person_trust: 5 } });
    });

    it('drops, rather than refuses, an answer to a follow-up that no longer applies', () => {
      const outcome = post('help', { q20_contact_person: '2', q22_contact_person_trust: '5', q23_wants_contact_person: '1', _shown: 'q23_wants_contact_person' });
      expect(outcome).toMatchObject({ kind: 'go_to_page', pageId: 'daily_life' });
      expect(outcome.save).not.toHaveProperty('q22_contact_person_trust');
      expect(outcome.save).toMatchObject({ q20_contact_person: 2, q23_wants_contact_person: 1 });
    });
  });

  it('drops the answers on a page that an earlier answer now hides', () => {
    const outcome = post('services', { q01_services: '1', q04_admitted: '2' }, { q04_admitted: 1, q25_plan_before_home: 4 });
    expect(outcome.save).not.toHaveProperty('q25_plan_before_home');
  });

  it('leads to the page about the stay when an earlier answer added it', () => {
    expect(post('help', { q20_contact_person: '9' }, { q04_admitted: 1 })).toMatchObject({ kind: 'go_to_page', pageId: 'after_stay' });
  });

  it('submits from the last page when every page is in order', () => {
    const saved = { q01_services: [1], q20_contact_person: 2 };
    expect(post('about_you', { _action: 'submit', q37_municipality: '0301' }, saved)).toMatchObject({ kind: 'submit', save: { q37_municipality: '0301' } });
  });

  it('sends the respondent to the first page with a problem instead of submitting', () => {
    const outcome = post('about_you', { _action: 'submit', q37_municipality: '0301' }, { q20_contact_person: 2 });
    expect(outcome).toMatchObject({ kind: 'show_page', page: { pageId: 'services', problems: { q01_services: 'Velg minst ett svar' } } });
  });

  it('never asks the respondent for a question the link answers', () => {
    const outcome = pagePostOutcome({
      definition: demo,
      pageId: 'about_you',
      body: { _action: 'submit' },
      savedAnswers: { q01_services: [1], q20_contact_person: 2, q37_municipality: 'bad' },
      skipVariables: ['q37_municipality'],
      language: 'nb',
      today,
    });
    expect(outcome.kind).toBe('submit');
  });

  it('checks municipalities against the register when the caller gives it', () => {
    const outcome = pagePostOutcome({
      definition: demo,
      pageId: 'about_you',
      body: { q37_municipality: '0302' },
      savedAnswers: {},
      language: 'nb',
      today,
      knownMunicipalities: new Set(['0301']),
    });
    expect(outcome).toMatchObject({ kind: 'show_page', page: { problems: { q37_municipality: 'Velg en kommune fra listen' } } });
  });
});
