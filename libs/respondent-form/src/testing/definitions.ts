/**
 * Questionnaires for tests: one page with every question type in three languages, and small
 * builders so each test states only what matters to it.
 */
import type { Condition, LikertScale, Page, Question, QuestionnaireDefinition, Texts } from '@stemme/questionnaire';

export const t = (nb: string, nn = `${nb} (nn)`, en = `${nb} (en)`): Texts => ({ nb, nn, en });

export const FIVE_POINTS: LikertScale = {
  points: 5,
  lowLabel: t('Helt uenig', 'Heilt ueinig', 'Strongly disagree'),
  highLabel: t('Helt enig', 'Heilt einig', 'Strongly agree'),
  dontKnow: { code: 9, label: t('Vet ikke', 'Veit ikkje', 'Don’t know') },
};

export const equals = (variable: string, value: number | string): Condition => ({ all: [{ variable, op: 'equals', value }] });

export function definitionOf(...pages: Page[]): QuestionnaireDefinition {
  return { formatVersion: 1, languages: ['nb', 'nn', 'en'], pages };
}

export function pageOf(id: string, questions: Question[], condition?: Condition): Page {
  return { id, title: t(`Side ${id}`), questions, ...(condition ? { condition } : {}) };
}

export function single(variable: string, extras: Partial<Question> = {}): Question {
  const options = [1, 2, 3].map((code) => ({ code, label: t(`Svar ${code}`) }));
  return { type: 'single_choice', variable, text: t(`Spørsmål ${variable}`), options, ...extras } as Question;
}

/** One page with each of the eleven question types, some required, one with a live follow-up. */
export const everyTypePage: Page = {
  id: 'every_type',
  title: t('Alle slags spørsmål', 'Alle slags spørsmål', 'Every kind of question'),
  questions: [
    {
      type: 'single_choice',
      variable: 'one',
      required: true,
      text: t('Har du en fast kontaktperson?', 'Har du ein fast kontaktperson?', 'Do you have a contact person?'),
      help: t('Det er en person du kan ringe.', 'Det er ein person du kan ringje.', 'Someone you can call.'),
      options: [
        { code: 1, label: t('Ja', 'Ja', 'Yes') },
        { code: 2, label: t('Nei', 'Nei', 'No') },
      ],
    },
    {
      type: 'short_text',
      variable: 'contact_role',
      text: t('Hva jobber kontaktpersonen med?', 'Kva jobbar kontaktpersonen med?', 'What does your contact person do?'),
      condition: equals('one', 1),
      maxLength: 80,
    },
    {
      type: 'multiple_choice',
      variable: 'several',
      text: t('Hva får du hjelp med?', 'Kva får du hjelp med?', 'What do you get help with?'),
      options: [
        { code: 1, label: t('Rus', 'Rus', 'Drugs') },
        { code: 2, label: t('Psykisk helse', 'Psykisk helse', 'Mental health') },
        { code: 3, label: t('Bolig', 'Bustad', 'Housing') },
      ],
      maxSelections: 2,
    },
    { type: 'likert', variable: 'agree', required: true, text: t('Jeg blir hørt.', 'Eg blir høyrd.', 'I am heard.'), scale: FIVE_POINTS },
    {
      type: 'matrix',
      variable: 'grid',
      text: t('Hvor enig er du?', 'Kor einig er du?', 'How much do you agree?'),
      scale: FIVE_POINTS,
      items: [
        { variable: 'grid_a', code: 1, text: t('De lytter til meg.', 'Dei lyttar til meg.', 'They listen to me.') },
        { variable: 'grid_b', code: 2, text: t('Jeg får respekt.', 'Eg får respekt.', 'I am respected.') },
      ],
    },
    {
      type: 'likert',
      variable: 'scale_long',
      text: t('Hvor fornøyd er du, fra 1 til 11?', 'Kor nøgd er du, frå 1 til 11?', 'How happy are you, from 1 to 11?'),
      scale: { points: 11, lowLabel: t('Ikke fornøyd', 'Ikkje nøgd', 'Not happy'), highLabel: t('Veldig fornøyd', 'Svært nøgd', 'Very happy') },
    },
    { type: 'number', variable: 'visits', numberType: 'integer', min: 0, max: 100, text: t('Hvor mange ganger?', 'Kor mange gonger?', 'How many times?') },
    { type: 'number', variable: 'hours', numberType: 'decimal', text: t('Hvor mange timer?', 'Kor mange timar?', 'How many hours?') },
    { type: 'age', variable: 'age', min: 18, max: 99, text: t('Hvor gammel er du?', 'Kor gammal er du?', 'How old are you?') },
    { type: 'year_of_birth', variable: 'born', text: t('Hvilket år ble du født?', 'Kva år vart du fødd?', 'What year were you born?') },
    { type: 'municipality', variable: 'municipality', required: true, text: t('Hvor bor du?', 'Kvar bur du?', 'Where do you live?') },
    { type: 'date', variable: 'since', max: '2025-12-31', text: t('Når fikk du hjelp første gang?', 'Når fekk du hjelp første gong?', 'When did you first get help?') },
    {
      type: 'long_text',
      variable: 'comment',
      maxLength: 500,
      text: t('Vil du si noe mer?', 'Vil du seie noko meir?', 'Anything else?'),
      help: t('Ikke skriv navn.', 'Ikkje skriv namn.', 'Do not write names.'),
    },
  ],
};

export const everyTypeDefinition = definitionOf(everyTypePage, pageOf('last', [single('last_question')]));

/** Text meant to break out of the markup, in every place a text can go. */
export const HOSTILE = '<script>alert("x")</script>&"\'';

export function hostileDefinition(): QuestionnaireDefinition {
  const hostile = (texts: Texts | undefined): Texts | undefined => texts && Object.fromEntries(Object.entries(texts).map(([language, text]) => [language, `${text} ${HOSTILE}`]));
  const pages = everyTypeDefinition.pages.map((page) => ({
    ...page,
    title: hostile(page.title)!,
    questions: page.questions.map((question) => {
      const changed = { ...question, text: hostile(question.text)!, help: hostile(question.help) } as Question;
      if (changed.type === 'single_choice' || changed.type === 'multiple_choice') changed.options = changed.options.map((option) => ({ ...option, label: hostile(option.label)! }));
      if (changed.type === 'matrix') changed.items = changed.items.map((item) => ({ ...item, text: hostile(item.text)! }));
      return changed;
    }),
  }));
  return { ...everyTypeDefinition, pages };
}
