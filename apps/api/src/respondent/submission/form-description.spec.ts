import { korusDemoQuestionnaire } from '@stemme/questionnaire';
import { localize } from './form-description';

describe('localize', () => {
  const english = localize(korusDemoQuestionnaire, 'en') as { languages: string[]; pages: { title: string; questions: Record<string, unknown>[] }[] };

  it('puts every text in the chosen language and leaves the rest as it is', () => {
    expect(english.languages).toEqual(['nb', 'en']);
    expect(english.pages[0].title).toBe('Help from the municipality');
    expect(english.pages[0].questions[0]).toMatchObject({ variable: 'q01_services', required: true, options: expect.arrayContaining([{ code: 1, label: 'Help with alcohol or drugs' }]) });
    const help = english.pages.find((page) => page.title === 'The help you get')!;
    expect(help.questions.find((question) => question.variable === 'q22_contact_person_trust')).toMatchObject({
      condition: { all: [{ variable: 'q20_contact_person', op: 'equals', value: 1 }] },
      scale: { points: 5, lowLabel: 'Strongly disagree', dontKnow: { code: 9, label: 'Don’t know' } },
    });
  });

  it('falls back to bokmål where a text has no translation', () => {
    expect(localize({ formatVersion: 1, languages: ['nb'], pages: [{ id: 'p', title: { nb: 'Side' }, questions: [] }] }, 'nn')).toMatchObject({ pages: [{ title: 'Side' }] });
  });
});
