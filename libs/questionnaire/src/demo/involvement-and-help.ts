import type { MatrixQuestion, Page } from '../definition/types';
import { AGREEMENT_SCALE, agreement, singleChoice, texts, YES_NO_DONT_KNOW } from './demo-builders';

const HAS_CONTACT_PERSON = 1;
const NO_CONTACT_PERSON = 2;

const beingHeard: MatrixQuestion = {
  type: 'matrix',
  variable: 'q12_being_heard',
  text: texts('Hvor enig er du i dette?', 'How much do you agree with this?'),
  scale: AGREEMENT_SCALE,
  items: [
    { variable: 'q12a_listened_to', code: 1, text: texts('De som hjelper meg, lytter til meg.', 'The people who help me listen to me.') },
    { variable: 'q12b_say_in_help', code: 2, text: texts('Jeg er med og bestemmer hvilken hjelp jeg får.', 'I have a say in what help I get.') },
    { variable: 'q12c_goals_together', code: 3, text: texts('Vi setter mål sammen.', 'We set goals together.') },
    { variable: 'q12d_respect', code: 4, text: texts('Jeg blir møtt med respekt.', 'I am treated with respect.') },
    { variable: 'q12e_told_enough', code: 5, text: texts('Jeg får vite det jeg trenger om hjelpen.', 'I am told what I need to know about the help.') },
    { variable: 'q12f_next_steps', code: 6, text: texts('Jeg vet hva som skal skje videre.', 'I know what will happen next.') },
  ],
};

export const involvementPage: Page = {
  id: 'involvement',
  title: texts('Å bli hørt', 'Being heard'),
  questions: [
    beingHeard,
    singleChoice('q13_family_involved', 'Får familien din være med hvis du ønsker det?', 'Can your family take part if you want them to?', [
      [1, 'Ja', 'Yes'],
      [2, 'Nei', 'No'],
      [3, 'Jeg ønsker ikke det', 'I do not want that'],
      [9, 'Vet ikke', 'Don’t know'],
    ]),
    agreement('q14_know_how_to_complain', 'Jeg vet hva jeg kan gjøre hvis jeg ikke er fornøyd.', 'I know what to do if I am not happy with the help.'),
    agreement('q15_know_peer_groups', 'Jeg vet om grupper der jeg kan møte andre i samme situasjon.', 'I know of groups where I can meet others in the same situation.'),
  ],
};

export const helpPage: Page = {
  id: 'help',
  title: texts('Hjelpen du får', 'The help you get'),
  questions: [
    agreement('q16_fits_needs', 'Hjelpen passer til det jeg har behov for.', 'The help fits what I need.'),
    agreement('q17_life_better_from_help', 'Hjelpen gjør livet mitt bedre.', 'The help makes my life better.'),
    agreement('q18_help_with_what_matters', 'Jeg får hjelp med det som er viktig for meg.', 'I get help with what matters to me.'),
    agreement('q19_helpers_talk', 'De som hjelper meg, snakker sammen når det trengs.', 'The people who help me talk to each other when needed.'),
    singleChoice('q20_contact_person', 'Har du en fast kontaktperson?', 'Do you have a regular contact person?', YES_NO_DONT_KNOW, {
      help: texts('Det er en person du kan ta kontakt med når du trenger det.', 'This is one person you can contact when you need to.'),
      required: true,
    }),
    agreement('q21_contact_person_reachable', 'Jeg får tak i kontaktpersonen min når jeg trenger det.', 'I can reach my contact person when I need to.', {
      condition: { all: [{ variable: 'q20_contact_person', op: 'equals', value: HAS_CONTACT_PERSON }] },
    }),
    agreement('q22_contact_person_trust', 'Jeg stoler på kontaktpersonen min.', 'I trust my contact person.', {
      condition: { all: [{ variable: 'q20_contact_person', op: 'equals', value: HAS_CONTACT_PERSON }] },
    }),
    singleChoice('q23_wants_contact_person', 'Ønsker du en fast kontaktperson?', 'Would you like a contact person of your own?', YES_NO_DONT_KNOW, {
      condition: { all: [{ variable: 'q20_contact_person', op: 'equals', value: NO_CONTACT_PERSON }] },
    }),
    agreement('q24_satisfied_overall', 'Alt i alt er jeg fornøyd med hjelpen jeg får.', 'All in all, I am happy with the help I get.'),
  ],
};

/** Only for those who stayed in a hospital or clinic (q04 = yes). */
export const afterStayPage: Page = {
  id: 'after_stay',
  title: texts('Etter at du var innlagt', 'After your stay'),
  condition: { all: [{ variable: 'q04_admitted', op: 'equals', value: 1 }] },
  questions: [
    agreement('q25_plan_before_home', 'Vi laget en plan før jeg dro hjem.', 'We made a plan before I went home.'),
    singleChoice(
      'q26_time_to_contact',
      'Hvor lang tid gikk det før kommunen tok kontakt etter at du kom hjem?',
      'How long after you came home did the municipality get in touch?',
      [
        [1, 'Samme uke', 'The same week'],
        [2, '1 til 4 uker', '1 to 4 weeks'],
        [3, 'Mer enn 4 uker', 'More than 4 weeks'],
        [4, 'De tok ikke kontakt', 'They did not get in touch'],
        [9, 'Vet ikke', 'Don’t know'],
      ],
    ),
    agreement('q27_followed_up', 'Kommunen fulgte meg opp da jeg kom hjem.', 'The municipality followed me up when I came home.'),
    agreement('q28_help_after_stay_useful', 'Hjelpen jeg fikk etter at jeg kom hjem, var nyttig.', 'The help I got after I came home was useful.'),
  ],
};
