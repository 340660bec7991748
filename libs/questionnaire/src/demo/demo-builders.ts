/** Small builders that keep the demo questionnaire readable: bokmål first, English beside it. */
import type { ChoiceOption, Condition, LikertQuestion, LikertScale, MultipleChoiceQuestion, SingleChoiceQuestion, Texts } from '../definition/types';

export type OptionRow = [code: number, nb: string, en: string];

export function texts(nb: string, en: string): Texts {
  return { nb, en };
}

export const DONT_KNOW_CODE = 9;

/** The survey's agreement scale: 1 = strongly disagree ... 5 = strongly agree, 9 = don't know. */
export const AGREEMENT_SCALE: LikertScale = {
  points: 5,
  lowLabel: texts('Helt uenig', 'Strongly disagree'),
  highLabel: texts('Helt enig', 'Strongly agree'),
  dontKnow: { code: DONT_KNOW_CODE, label: texts('Vet ikke', 'Don’t know') },
};

export const YES_NO_DONT_KNOW: OptionRow[] = [
  [1, 'Ja', 'Yes'],
  [2, 'Nei', 'No'],
  [DONT_KNOW_CODE, 'Vet ikke', 'Don’t know'],
];

interface Extras {
  help?: Texts;
  required?: boolean;
  condition?: Condition;
}

export function agreement(variable: string, nb: string, en: string, extras: Extras = {}): LikertQuestion {
  return { type: 'likert', variable, text: texts(nb, en), ...extras, scale: AGREEMENT_SCALE };
}

export function singleChoice(variable: string, nb: string, en: string, rows: OptionRow[], extras: Extras = {}): SingleChoiceQuestion {
  return { type: 'single_choice', variable, text: texts(nb, en), ...extras, options: options(rows) };
}

export function multipleChoice(variable: string, nb: string, en: string, rows: OptionRow[], extras: Extras = {}): MultipleChoiceQuestion {
  return { type: 'multiple_choice', variable, text: texts(nb, en), ...extras, options: options(rows) };
}

export const CHOOSE_SEVERAL = texts('Du kan velge flere svar.', 'You can choose more than one answer.');

function options(rows: OptionRow[]): ChoiceOption[] {
  return rows.map(([code, nb, en]) => ({ code, label: texts(nb, en) }));
}
