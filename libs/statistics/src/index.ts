// Statistics and disclosure control for Stemme: plain functions over plain data, shared by the
// statistics API, the admin UI, Excel exports and charts. Every suppression comes from here.

export { EMPTY_TALLY, sumTallies, TallyAccumulator, valuesFromOptions } from './cube/tally';
export type { Histogram, Tally, ValueTally } from './cube/tally';
export { GROUP_BY, rollUp } from './cube/roll-up';
export type { CubeCell, GroupBy, GroupTally } from './cube/roll-up';

export { normalCdf, normalQuantile } from './distributions/normal';
export { studentTCdf, studentTQuantile } from './distributions/student-t';

export { DEFAULT_CONFIDENCE_LEVEL } from './summaries/interval';
export type { Interval } from './summaries/interval';
export { wilsonInterval } from './summaries/wilson';
export { medianOfHistogram } from './summaries/median';
export { summarizeScale, summarizeValues } from './summaries/value-summary';
export type { ValueSummary } from './summaries/value-summary';
export { summarizeChoices } from './summaries/choice-summary';
export type { ChoiceSummary, OptionFigures } from './summaries/choice-summary';

export { isSuppressed, publishFigure, suppressedFor } from './disclosure/published-value';
export type { PublishedValue, Suppressed, SuppressionReason } from './disclosure/published-value';
export { DEFAULT_THRESHOLD, isBelowThreshold } from './disclosure/threshold';
export { ALL_TOTALS } from './disclosure/count-table';
export type { CountTable, ProtectedRowGroup, ProtectedTable, PublishedTotals, RowGroup } from './disclosure/count-table';
export { protectCountTable } from './disclosure/protect-count-table';
export type { CountTableOptions } from './disclosure/protect-count-table';
export { protectFrequencyTable } from './disclosure/protect-frequency-table';
export type { FrequencyTableOptions, ProtectedBases, ProtectedFrequencyTable } from './disclosure/protect-frequency-table';
export { disclosureFootnote, suppressionReasonText } from './disclosure/footnotes';
export type { FootnoteOptions, LocalizedText } from './disclosure/footnotes';

export { DEFAULT_REPORTING_MINIMUM, poolMunicipalities } from './pooling/pool-municipalities';
export type { PoolingOptions } from './pooling/pool-municipalities';
export type { MunicipalityPooling, MunicipalityUnit, PoolUnit, ReportingUnit } from './pooling/reporting-units';
export { SIZE_CLASSES, sizeClassesLabel, sizeClassFor } from './pooling/size-classes';
export type { SizeClass } from './pooling/size-classes';

export { crossTab } from './cross-tab/cross-tab';
export type { AnswerPair, CrossTab, CrossTabOptions, CrossTabRow } from './cross-tab/cross-tab';
