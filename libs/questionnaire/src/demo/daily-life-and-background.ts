import type { Page } from '../definition/types';
import { agreement, CHOOSE_SEVERAL, multipleChoice, singleChoice, texts } from './demo-builders';

const WITHOUT_A_PLACE_TO_LIVE = 5;
/** Less than neutral = disagrees (1 or 2); "don't know" (9) is never less than anything. */
const NEUTRAL = 3;

export const dailyLifePage: Page = {
  id: 'daily_life',
  title: texts('Hverdagen din', 'Your everyday life'),
  questions: [
    multipleChoice(
      'q29_daytime',
      'Hva gjør du på dagtid?',
      'What do you do during the day?',
      [
        [1, 'Jobber', 'I work'],
        [2, 'Går på skole eller studerer', 'I go to school or study'],
        [3, 'Er med i et tiltak fra NAV', 'I take part in a NAV programme'],
        [4, 'Gjør frivillig arbeid', 'I do volunteer work'],
        [5, 'Er med på aktiviteter i kommunen', 'I take part in activities in the municipality'],
        [6, 'Ingenting fast', 'Nothing regular'],
        [7, 'Annet', 'Something else'],
      ],
      { help: CHOOSE_SEVERAL },
    ),
    agreement('q30_something_that_matters', 'Jeg har noe å gjøre som er viktig for meg.', 'I have something to do that matters to me.'),
    agreement('q31_help_with_work_or_school', 'Jeg får hjelp med jobb eller skole hvis jeg ønsker det.', 'I get help with work or school if I want it.'),
    singleChoice('q32_housing', 'Hvor bor du nå?', 'Where do you live now?', [
      [1, 'I egen bolig', 'In my own home'],
      [2, 'I leid bolig', 'In a rented home'],
      [3, 'I bolig fra kommunen', 'In a home from the municipality'],
      [4, 'Hos familie eller venner', 'With family or friends'],
      [WITHOUT_A_PLACE_TO_LIVE, 'Uten fast sted å bo', 'Without a fixed place to live'],
      [6, 'Annet', 'Somewhere else'],
    ]),
    agreement('q33_happy_with_home', 'Jeg er fornøyd med der jeg bor.', 'I am happy with where I live.'),
    agreement('q34_help_with_housing', 'Jeg får hjelp til å finne et bedre sted å bo.', 'I get help to find a better place to live.', {
      condition: {
        any: [
          { variable: 'q32_housing', op: 'equals', value: WITHOUT_A_PLACE_TO_LIVE },
          { variable: 'q33_happy_with_home', op: 'less', value: NEUTRAL },
        ],
      },
    }),
    agreement('q35_people_to_be_with', 'Jeg har noen å være sammen med.', 'I have people to spend time with.'),
    agreement('q36_life_better_this_year', 'Livet mitt har blitt bedre det siste året.', 'My life has got better in the past year.'),
  ],
};

export const aboutYouPage: Page = {
  id: 'about_you',
  title: texts('Om deg', 'About you'),
  questions: [
    { type: 'municipality', variable: 'q37_municipality', text: texts('Hva heter kommunen du bor i?', 'Which municipality do you live in?'), required: true },
    { type: 'age', variable: 'q38_age', text: texts('Hvor gammel er du?', 'How old are you?'), min: 18, max: 99 },
    singleChoice('q39_gender', 'Hvilket kjønn er du?', 'What is your gender?', [
      [1, 'Kvinne', 'Woman'],
      [2, 'Mann', 'Man'],
      [3, 'Annet', 'Other'],
      [9, 'Vil ikke svare', 'I prefer not to say'],
    ]),
    singleChoice('q40_help_with_form', 'Fikk du hjelp til å svare på skjemaet?', 'Did you get help to fill in this form?', [
      [1, 'Nei', 'No'],
      [2, 'Ja, fra en ansatt', 'Yes, from a staff member'],
      [3, 'Ja, fra en annen person', 'Yes, from someone else'],
    ]),
    {
      type: 'long_text',
      variable: 'q41_anything_else',
      text: texts('Er det noe mer du vil fortelle oss om hjelpen du får?', 'Is there anything else you want to tell us about the help you get?'),
      help: texts('Ikke skriv navn eller noe annet som kan vise hvem du er.', 'Do not write names or anything else that could show who you are.'),
      maxLength: 2000,
    },
  ],
};
