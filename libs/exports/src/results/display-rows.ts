import type { GroupFigures, StatisticQuestion } from '@stemme/aggregation';
import { isSuppressed, type PublishedValue, type Suppressed } from '@stemme/statistics';

/** A figure as exports show it: a number, nothing to show (null), or hidden by disclosure control. */
export type Figure = number | null | Suppressed;

/** One group's figures for one question, ready for a table row or a chart bar. */
export interface DisplayRow {
  /** What the group is: "Fylke", "Kommune", "Aldersgruppe", "Hele landet"… */
  section: string;
  label: string;
  /** The county of a municipality or pool; empty otherwise. */
  county: string;
  respondents: Figure;
  base: Figure;
  /** Percent (0–100) of the base per option, in `question.options` order; empty for number questions. */
  percents: Figure[];
  /** Only for questions with a "don't know". */
  dontKnow: Figure | undefined;
  /** Scales and numbers only. */
  mean: Figure | undefined;
  lower: Figure | undefined;
  upper: Figure | undefined;
}

export function isHidden(figure: Figure | undefined): figure is Suppressed {
  return typeof figure === 'object' && figure !== null && isSuppressed(figure);
}

function shown<T>(published: PublishedValue<T>, pick: (value: T) => number | null | undefined): Figure {
  return isSuppressed(published) ? published : (pick(published.value) ?? null);
}

/** The figures of one group as a display row; every hidden figure stays hidden, with its reason. */
export function displayRow(question: StatisticQuestion, figures: GroupFigures, where: Pick<DisplayRow, 'section' | 'label' | 'county'>): DisplayRow {
  const summary = figures.summary;
  const hasSummary = question.kind === 'scale' || question.kind === 'number';
  return {
    ...where,
    respondents: shown(figures.respondents, (value) => value),
    base: shown(figures.base, (value) => value),
    percents: (figures.options ?? []).map((option) => shown(option.percent, (value) => value)),
    dontKnow: figures.dontKnow ? shown(figures.dontKnow, (value) => value) : undefined,
    mean: hasSummary && summary ? shown(summary, (value) => value.mean) : undefined,
    lower: hasSummary && summary ? shown(summary, (value) => value.meanInterval?.lower) : undefined,
    upper: hasSummary && summary ? shown(summary, (value) => value.meanInterval?.upper) : undefined,
  };
}
