import { answerFieldsByVariable, type Question, type QuestionnaireDefinition, scaleOf, type Texts } from '@stemme/questionnaire';
import { responseLayout } from '@stemme/responses';
import type { SlotSelection } from '../cube/cube.repository';

/**
 * How a question is summed up: options with percents (single choice), a scale with percents
 * and a mean (Likert, matrix items), options that each count on their own (multiple choice), or
 * numbers with mean, SD and median (number, age, year of birth).
 */
export type StatisticKind = 'choice' | 'scale' | 'multiple' | 'number';

export interface StatisticOption {
  code: number;
  label: Texts;
}

export interface StatisticQuestion {
  variable: string;
  text: Texts;
  kind: StatisticKind;
  /** Choices and scale points, in order (scale points are labelled at the ends only). */
  options: StatisticOption[];
  /** The scale's "don't know": counted apart from the base. */
  dontKnow: StatisticOption | null;
  /** Decimal numbers are stored × 100. */
  decimal: boolean;
  /** The versions' slots to read: key 0 for a question with one slot, the option code per multiple-choice option. */
  slots: SlotSelection[];
}

/** Multiple choice: the counts under this key say who answered at all (one slot per version, 1 or 0). */
export const ANSWERED_KEY = -1;
export const SINGLE_SLOT_KEY = 0;

export interface VersionDefinition {
  id: string;
  definition: QuestionnaireDefinition;
}

export type CatalogueLookup = { found: StatisticQuestion } | { problem: 'not_found' | 'not_a_statistic' };

/**
 * The question behind a variable over a questionnaire's published versions (oldest first):
 * texts and labels from the newest version that has it, options from all of them, and where each
 * version stores its answers. Municipality, text and date questions are no statistics here.
 */
export function statisticQuestion(versions: readonly VersionDefinition[], variable: string): CatalogueLookup {
  const having = versions.flatMap((version) => {
    const field = answerFieldsByVariable(version.definition).get(variable);
    return field ? [{ version, field }] : [];
  });
  if (having.length === 0) return { problem: 'not_found' };
  const newest = having[having.length - 1].field;
  const kind = kindOf(newest.question.type);
  if (!kind) return { problem: 'not_a_statistic' };

  const options = new Map<number, Texts>();
  for (const { field } of having) for (const option of optionsOf(field.question)) options.set(option.code, option.label);
  for (const option of optionsOf(newest.question)) options.set(option.code, option.label);
  const scale = scaleOf(newest.question);

  const slots: SlotSelection[] = [];
  for (const { version } of having) {
    const mine = responseLayout(version.definition).slots.filter((slot) => slot.variable === variable);
    if (kind === 'multiple') {
      for (const slot of mine) slots.push({ versionId: version.id, slot: slot.index, key: slot.optionCode! });
      if (mine.length) slots.push({ versionId: version.id, slot: mine[0].index, key: ANSWERED_KEY });
    } else if (mine.length) {
      slots.push({ versionId: version.id, slot: mine[0].index, key: SINGLE_SLOT_KEY });
    }
  }
  return {
    found: {
      variable,
      text: newest.item?.text ?? newest.question.text,
      kind,
      options: [...options].map(([code, label]) => ({ code, label })).sort((a, b) => a.code - b.code),
      dontKnow: scale?.dontKnow ? { code: scale.dontKnow.code, label: scale.dontKnow.label } : null,
      decimal: newest.question.type === 'number' && newest.question.numberType === 'decimal',
      slots,
    },
  };
}

function kindOf(type: string): StatisticKind | undefined {
  switch (type) {
    case 'single_choice':
      return 'choice';
    case 'likert':
    case 'matrix':
      return 'scale';
    case 'multiple_choice':
      return 'multiple';
    case 'number':
    case 'age':
    case 'year_of_birth':
      return 'number';
    default:
      return undefined;
  }
}

function optionsOf(question: Question): StatisticOption[] {
  if (question.type === 'single_choice' || question.type === 'multiple_choice') return question.options.map((option) => ({ code: option.code, label: option.label }));
  const scale = scaleOf(question);
  if (!scale) return [];
  return Array.from({ length: scale.points }, (_, index) => ({
    code: index + 1,
    label: index === 0 ? scale.lowLabel : index === scale.points - 1 ? scale.highLabel : { nb: String(index + 1), en: String(index + 1) },
  }));
}
