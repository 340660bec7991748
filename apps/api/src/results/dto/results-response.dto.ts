import { ApiProperty } from '@nestjs/swagger';
import type { Breakdown, ResultRow } from '@stemme/aggregation';
import type { CrossTabRow, LocalizedText } from '@stemme/statistics';
import type { CrossTabResults } from '../cross-tab.service';
import type { MonitorPlace, StudyMonitor } from '../monitor.service';
import type { Freshness, QuestionResults, ResultsScopeView } from '../results.service';

const PUBLISHED = 'A figure is { value } when shown, or { suppressed: true, reason: "below_threshold" | "complementary" } when hidden';

export class FreshnessDto implements Freshness {
  @ApiProperty() responsesCounted: number;
  @ApiProperty({ nullable: true, description: 'When the newest counted responses became visible (the fold that counted them committed)' }) lastFoldedAt: string | null;
  @ApiProperty({ nullable: true, description: 'When a fold last looked for new responses' }) checkedAt: string | null;
  @ApiProperty({ nullable: true }) rebuiltAt: string | null;
}

export class PlaceDto {
  @ApiProperty({ example: '0301' }) code: string;
  @ApiProperty({ example: 'Oslo' }) name: string;
}

export class ResultsScopeDto implements ResultsScopeView {
  @ApiProperty({ type: PlaceDto, nullable: true, description: 'The one municipality the user may read results for; null for the whole study' }) municipality: PlaceDto | null;
  @ApiProperty({ type: PlaceDto, nullable: true, description: 'Its county, which the user may read too; null for the whole study' }) county: PlaceDto | null;
}

export class QuestionResultsDto implements QuestionResults {
  @ApiProperty() studyId: string;
  @ApiProperty() questionnaireId: string;
  @ApiProperty({ description: 'variable, text, kind (choice, scale, multiple, number), options and the scale’s "don’t know"' }) question: QuestionResults['question'];
  @ApiProperty({ enum: ['national', 'age_band', 'county', 'county_age_band', 'municipality', 'municipality_age_band'] }) breakdown: Breakdown;
  @ApiProperty() filters: QuestionResults['filters'];
  @ApiProperty() disclosure: { threshold: number; reportingMinimum: number };
  @ApiProperty({ description: `One row per group: group label, respondents, base, dontKnow, missing, options (count, percent, interval), summary (n, mean, SD, median, interval). ${PUBLISHED}` })
  rows: ResultRow[];
  @ApiProperty({ description: 'The whole country, as a row' }) total: ResultRow;
  @ApiProperty({ description: 'Footnotes in bokmål and English' }) footnotes: LocalizedText[];
  @ApiProperty({ type: FreshnessDto }) freshness: FreshnessDto;
}

export class CrossTabResultsDto implements CrossTabResults {
  @ApiProperty() studyId: string;
  @ApiProperty() question: CrossTabResults['question'];
  @ApiProperty() by: CrossTabResults['by'];
  @ApiProperty() filters: CrossTabResults['filters'];
  @ApiProperty({ required: false }) municipalityCodes?: readonly string[];
  @ApiProperty({ description: `One row per background option: base, counts and row percents per answer. ${PUBLISHED}` }) rows: readonly CrossTabRow[];
  @ApiProperty() total: CrossTabRow;
  @ApiProperty() footnote: LocalizedText;
  @ApiProperty({ type: FreshnessDto }) freshness: FreshnessDto;
}

export class StudyMonitorDto implements StudyMonitor {
  @ApiProperty() studyId: string;
  @ApiProperty() responses: number;
  @ApiProperty({ description: 'Real counts per municipality (a split code or unknown place as its own line)' }) municipalities: MonitorPlace[];
  @ApiProperty() days: { date: string; responses: number }[];
  @ApiProperty() note: LocalizedText;
  @ApiProperty({ type: FreshnessDto }) freshness: FreshnessDto;
}
