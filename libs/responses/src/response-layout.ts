import { answerFields, type Answers, type AnswerValue, type QuestionnaireDefinition } from '@stemme/questionnaire';

/**
 * How a version's answers are stored: every countable answer in one slot of an integer array
 * (compact, and SQL can count it with unnest), free text and dates beside it as text.
 *
 * - single choice, likert, matrix item, age, year of birth: the code or number.
 * - municipality: the four-digit code as a number ("0301" → 301).
 * - multiple choice: one slot per option, 1 chosen / 0 not chosen (null when the question was
 *   not answered), so that each option counts on its own and the base is "answered".
 * - decimal numbers: the value × 100, rounded (two decimals are kept).
 * - short and long text, date: not in the array; in `texts`, never in statistics.
 */
export type SlotKind = 'code' | 'option' | 'integer' | 'decimal' | 'municipality';

export interface Slot {
  /** Position in the answers array, from 0. */
  index: number;
  variable: string;
  kind: SlotKind;
  /** For kind 'option': the option this slot counts. */
  optionCode?: number;
}

export interface ResponseLayout {
  slots: Slot[];
  /** Variables stored as text: short and long text, dates. */
  textVariables: string[];
}

export const DECIMAL_SCALE = 100;

export function responseLayout(definition: QuestionnaireDefinition): ResponseLayout {
  const slots: Slot[] = [];
  const textVariables: string[] = [];
  const add = (slot: Omit<Slot, 'index'>) => slots.push({ ...slot, index: slots.length });
  for (const field of answerFields(definition)) {
    const question = field.question;
    switch (question.type) {
      case 'multiple_choice':
        for (const option of question.options) add({ variable: field.variable, kind: 'option', optionCode: option.code });
        break;
      case 'number':
        add({ variable: field.variable, kind: question.numberType === 'decimal' ? 'decimal' : 'integer' });
        break;
      case 'age':
      case 'year_of_birth':
        add({ variable: field.variable, kind: 'integer' });
        break;
      case 'municipality':
        add({ variable: field.variable, kind: 'municipality' });
        break;
      case 'short_text':
      case 'long_text':
      case 'date':
        textVariables.push(field.variable);
        break;
      default:
        add({ variable: field.variable, kind: 'code' });
    }
  }
  return { slots, textVariables };
}

export interface EncodedAnswers {
  coded: (number | null)[];
  texts: Record<string, string>;
}

/** Answers (already validated against the version) in their stored form. */
export function encodeAnswers(layout: ResponseLayout, answers: Answers): EncodedAnswers {
  const coded = layout.slots.map((slot) => encodeSlot(slot, answers[slot.variable]));
  const texts: Record<string, string> = {};
  for (const variable of layout.textVariables) {
    const value = answers[variable];
    if (typeof value === 'string' && value.trim() !== '') texts[variable] = value;
  }
  return { coded, texts };
}

function encodeSlot(slot: Slot, value: AnswerValue | undefined): number | null {
  if (value === undefined || value === null || value === '') return null;
  switch (slot.kind) {
    case 'option':
      return Array.isArray(value) ? (value.length ? (value.includes(slot.optionCode!) ? 1 : 0) : null) : null;
    case 'decimal':
      return typeof value === 'number' ? Math.round(value * DECIMAL_SCALE) : null;
    case 'municipality':
      return typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : null;
    default:
      return typeof value === 'number' ? Math.round(value) : null;
  }
}

/** The stored form back as answers (for exports and resumed forms). */
export function decodeAnswers(layout: ResponseLayout, coded: readonly (number | null)[], texts: Record<string, string>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const slot of layout.slots) {
    const value = coded[slot.index] ?? null;
    if (slot.kind === 'option') {
      const chosen = (answers[slot.variable] as number[] | undefined) ?? (value === null ? undefined : []);
      if (chosen && value === 1) chosen.push(slot.optionCode!);
      if (chosen) answers[slot.variable] = chosen;
      continue;
    }
    if (value === null) continue;
    answers[slot.variable] =
      slot.kind === 'decimal' ? value / DECIMAL_SCALE : slot.kind === 'municipality' ? String(value).padStart(4, '0') : value;
  }
  for (const [variable, text] of Object.entries(texts)) answers[variable] = text;
  return answers;
}
