/**
 * What a respondent reads when an answer cannot be accepted: short, plain and friendly, in
 * bokmål, nynorsk and English. Browser-safe.
 */
import { norwegianDate, type IsoDate } from '../calendar/iso-date';
import type { Language } from '../definition/types';

export interface MessageParams {
  min?: number;
  max?: number;
  count?: number;
  minDate?: IsoDate;
  maxDate?: IsoDate;
}

type Phrase = (params: MessageParams, language: Language) => string;

const MESSAGES = {
  choose_one: { nb: 'Velg ett svar', nn: 'Vel eitt svar', en: 'Choose one answer' },
  choose_at_least_one: { nb: 'Velg minst ett svar', nn: 'Vel minst eitt svar', en: 'Choose at least one answer' },
  write_number: { nb: 'Skriv et tall', nn: 'Skriv eit tal', en: 'Write a number' },
  write_year_of_birth: { nb: 'Skriv året du ble født', nn: 'Skriv året du vart fødd', en: 'Write the year you were born' },
  choose_municipality: { nb: 'Velg kommune', nn: 'Vel kommune', en: 'Choose a municipality' },
  write_answer: { nb: 'Skriv et svar', nn: 'Skriv eit svar', en: 'Write an answer' },
  write_date: { nb: 'Skriv en dato', nn: 'Skriv ein dato', en: 'Write a date' },
  unknown_variable: { nb: 'Dette spørsmålet finnes ikke i skjemaet', nn: 'Dette spørsmålet finst ikkje i skjemaet', en: 'This question is not in the form' },
  answered_hidden_question: {
    nb: 'Du skal ikke svare på dette spørsmålet, ut fra svarene du har gitt',
    nn: 'Du skal ikkje svare på dette spørsmålet, ut frå svara du har gitt',
    en: 'You should not answer this question, based on your earlier answers',
  },
  wrong_type: { nb: 'Vi kan ikke bruke dette svaret. Prøv igjen', nn: 'Vi kan ikkje bruke dette svaret. Prøv igjen', en: 'We cannot use this answer. Please try again' },
  unknown_option: { nb: 'Velg et av svarene i listen', nn: 'Vel eit av svara i lista', en: 'Choose one of the answers in the list' },
  duplicate_option: { nb: 'Du kan bare velge hvert svar én gang', nn: 'Du kan berre velje kvart svar éin gong', en: 'You can choose each answer only once' },
  invalid_municipality: { nb: 'Velg en kommune fra listen', nn: 'Vel ein kommune frå lista', en: 'Choose a municipality from the list' },
  invalid_date: { nb: 'Skriv en dato som finnes', nn: 'Skriv ein dato som finst', en: 'Write a date that exists' },
  not_integer: { nb: 'Skriv et helt tall', nn: 'Skriv eit heilt tal', en: 'Write a whole number' },
  number_between: {
    nb: (p, l) => `Skriv et tall mellom ${n(p.min, l)} og ${n(p.max, l)}`,
    nn: (p, l) => `Skriv eit tal mellom ${n(p.min, l)} og ${n(p.max, l)}`,
    en: (p, l) => `Write a number between ${n(p.min, l)} and ${n(p.max, l)}`,
  },
  number_at_least: {
    nb: (p, l) => `Skriv et tall som er ${n(p.min, l)} eller mer`,
    nn: (p, l) => `Skriv eit tal som er ${n(p.min, l)} eller meir`,
    en: (p, l) => `Write a number that is ${n(p.min, l)} or more`,
  },
  number_at_most: {
    nb: (p, l) => `Skriv et tall som er ${n(p.max, l)} eller mindre`,
    nn: (p, l) => `Skriv eit tal som er ${n(p.max, l)} eller mindre`,
    en: (p, l) => `Write a number that is ${n(p.max, l)} or less`,
  },
  year_between: {
    nb: (p) => `Skriv et årstall mellom ${p.min} og ${p.max}`,
    nn: (p) => `Skriv eit årstal mellom ${p.min} og ${p.max}`,
    en: (p) => `Write a year between ${p.min} and ${p.max}`,
  },
  date_between: {
    nb: (p, l) => `Skriv en dato mellom ${d(p.minDate, l)} og ${d(p.maxDate, l)}`,
    nn: (p, l) => `Skriv ein dato mellom ${d(p.minDate, l)} og ${d(p.maxDate, l)}`,
    en: (p, l) => `Write a date between ${d(p.minDate, l)} and ${d(p.maxDate, l)}`,
  },
  date_from: {
    nb: (p, l) => `Skriv en dato som er ${d(p.minDate, l)} eller senere`,
    nn: (p, l) => `Skriv ein dato som er ${d(p.minDate, l)} eller seinare`,
    en: (p, l) => `Write a date that is ${d(p.minDate, l)} or later`,
  },
  date_until: {
    nb: (p, l) => `Skriv en dato som er ${d(p.maxDate, l)} eller tidligere`,
    nn: (p, l) => `Skriv ein dato som er ${d(p.maxDate, l)} eller tidlegare`,
    en: (p, l) => `Write a date that is ${d(p.maxDate, l)} or earlier`,
  },
  too_few_selected: {
    nb: (p) => `Velg minst ${p.count} svar`,
    nn: (p) => `Vel minst ${p.count} svar`,
    en: (p) => `Choose at least ${p.count} answers`,
  },
  too_many_selected: {
    nb: (p) => (p.count === 1 ? 'Velg bare ett svar' : `Velg høyst ${p.count} svar`),
    nn: (p) => (p.count === 1 ? 'Vel berre eitt svar' : `Vel høgst ${p.count} svar`),
    en: (p) => (p.count === 1 ? 'Choose only one answer' : `Choose at most ${p.count} answers`),
  },
  too_long: {
    nb: (p) => `Svaret er for langt. Skriv høyst ${p.count} tegn`,
    nn: (p) => `Svaret er for langt. Skriv høgst ${p.count} teikn`,
    en: (p) => `The answer is too long. Write at most ${p.count} characters`,
  },
} satisfies Record<string, Record<Language, string | Phrase>>;

export type MessageKey = keyof typeof MESSAGES;

export function answerMessage(key: MessageKey, language: Language, params: MessageParams = {}): string {
  const phrase: string | Phrase = MESSAGES[key][language];
  return typeof phrase === 'string' ? phrase : phrase(params, language);
}

/** Norwegian writes decimals with a comma. */
function n(value: number | undefined, language: Language): string {
  const text = String(value);
  return language === 'en' ? text : text.replace('.', ',');
}

function d(date: IsoDate | undefined, language: Language): string {
  if (date === undefined) return '';
  return language === 'en' ? date : norwegianDate(date);
}
