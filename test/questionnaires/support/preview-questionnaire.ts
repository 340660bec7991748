/** A small questionnaire in bokmål and English whose second page shows only after "Ja". */
import type { QuestionnaireDefinition } from '../../../libs/questionnaire/src/definition/types';

export const previewQuestionnaire: QuestionnaireDefinition = {
  formatVersion: 1,
  languages: ['nb', 'en'],
  pages: [
    {
      id: 'om_deg',
      title: { nb: 'Om deg', en: 'About you' },
      questions: [
        {
          type: 'single_choice',
          variable: 'har_kontakt',
          required: true,
          text: { nb: 'Har du en fast kontaktperson?', en: 'Do you have a contact person?' },
          options: [
            { code: 1, label: { nb: 'Ja', en: 'Yes' } },
            { code: 2, label: { nb: 'Nei', en: 'No' } },
          ],
        },
      ],
    },
    {
      id: 'kontakt',
      title: { nb: 'Kontaktpersonen', en: 'Your contact person' },
      condition: { all: [{ variable: 'har_kontakt', op: 'equals', value: 1 }] },
      questions: [{ type: 'short_text', variable: 'kontakt_rolle', text: { nb: 'Hva jobber kontaktpersonen med?', en: 'What does your contact person do?' } }],
    },
    {
      id: 'til_slutt',
      title: { nb: 'Til slutt', en: 'Finally' },
      questions: [{ type: 'long_text', variable: 'annet', text: { nb: 'Er det noe annet du vil si?', en: 'Anything else you want to say?' } }],
    },
  ],
};
