import { SuppressionReason } from './published-value';
import { assertThreshold, DEFAULT_THRESHOLD } from './threshold';

/** User-facing text in Norwegian bokmål and English. */
export interface LocalizedText {
  readonly nb: string;
  readonly en: string;
}

export interface FootnoteOptions {
  readonly threshold?: number;
  readonly suppressSmallCounts?: boolean;
}

/** The rule in plain words, for the footnote under a table, an Excel sheet or a chart. */
export function disclosureFootnote(options: FootnoteOptions = {}): LocalizedText {
  const k = options.threshold ?? DEFAULT_THRESHOLD;
  assertThreshold(k);
  const sentences: LocalizedText[] = [
    { nb: `Grupper med færre enn ${k} svar vises ikke.`, en: `Groups with fewer than ${k} responses are not shown.` },
    ...(options.suppressSmallCounts
      ? [{ nb: `Svaralternativer som færre enn ${k} har valgt, vises heller ikke.`, en: `Answers chosen by fewer than ${k} respondents are not shown either.` }]
      : []),
    {
      nb: 'Der et skjult tall kunne ha blitt regnet ut fra summene, er også andre tall skjult.',
      en: 'Where a hidden figure could be worked out from the totals, other figures are hidden too.',
    },
  ];
  return { nb: sentences.map((sentence) => sentence.nb).join(' '), en: sentences.map((sentence) => sentence.en).join(' ') };
}

/** A short label for one hidden figure, e.g. for a tooltip or a cell comment. */
export function suppressionReasonText(reason: SuppressionReason, threshold = DEFAULT_THRESHOLD): LocalizedText {
  assertThreshold(threshold);
  return reason === 'below_threshold'
    ? { nb: `Færre enn ${threshold} svar`, en: `Fewer than ${threshold} responses` }
    : { nb: 'Skjult for å beskytte et annet skjult tall', en: 'Hidden to protect another hidden figure' };
}
