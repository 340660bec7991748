import { Injectable } from '@nestjs/common';
import { type Breakdown, statisticQuestion } from '@stemme/aggregation';
import { breakdownCharts, breakdownRows, type ChartBreakdown, ChartPoolService, type QuestionBreakdowns, StudyResultsReader, textIn } from '@stemme/exports';
import { type AuthenticatedUser, StudyAccessService } from '@stemme/identity';
import { BadInputError, NotFoundError, safeFileName, UnprocessableError } from '@stemme/platform';
import { assertWithinScope } from '../results/results-rules';
import { StudiesService } from '../studies/studies.service';
import type { ChartQueryDto } from './dto/chart-query.dto';

export interface RenderedChart {
  file: Buffer;
  contentType: string;
  fileName: string;
}

const DIMENSIONS: Record<ChartBreakdown, { municipality: boolean; county: boolean; ageBand: boolean }> = {
  national: { municipality: false, county: false, ageBand: false },
  county: { municipality: false, county: true, ageBand: false },
  age_band: { municipality: false, county: false, ageBand: true },
  municipality: { municipality: true, county: true, ageBand: false },
};

/**
 * One question's chart, drawn on request from the same figures as the statistics API and the
 * exports, in the chart threads (drawing on the request's thread would hold up other requests, and
 * leaves canvases' memory to a garbage collection that seldom comes). Someone limited to one municipality gets what the statistics API would give them: the
 * nation and age bands, not charts that list counties or municipalities.
 */
@Injectable()
export class ChartsService {
  constructor(
    private readonly studies: StudiesService,
    private readonly access: StudyAccessService,
    private readonly reader: StudyResultsReader,
    private readonly charts: ChartPoolService,
  ) {}

  async chart(user: AuthenticatedUser, studyId: string, variable: string, format: 'png' | 'svg', query: ChartQueryDto): Promise<RenderedChart> {
    const study = await this.studies.get(user, studyId);
    const language = query.lang ?? 'nb';
    const geography = await this.reader.geography();
    if (query.breakdown === 'municipality' && query.county === undefined) throw new BadInputError('A municipality chart shows one county: add county=<code>');
    if (query.county !== undefined && query.breakdown !== 'municipality') throw new BadInputError('county applies to municipality charts only');
    if (query.county !== undefined && !geography.countyName.has(query.county)) throw new NotFoundError(`There is no county with code ${query.county}`);
    const municipalityCode = await this.access.municipalityScope(user, studyId);
    const scope = municipalityCode ? { municipalityCode, countyCode: geography.countyOf.get(municipalityCode) ?? municipalityCode.slice(0, 2) } : null;
    assertWithinScope(scope, query.breakdown as Breakdown, query.county === undefined ? {} : { county: query.county });

    const questionnaire = await this.reader.questionnaireAsking(studyId, variable, query.questionnaire);
    const lookup = statisticQuestion(questionnaire.versions, variable);
    if ('problem' in lookup) throw new UnprocessableError(`${variable} has no chart: municipality, text and date questions are not counted`);
    const question = lookup.found;
    const data = await this.reader.read(study, questionnaire, async (snapshot) => {
      const input = { question, table: snapshot.table, geography, study, answers: await snapshot.answerCounts(question, DIMENSIONS[query.breakdown]), language };
      const rows = (breakdown: Breakdown) => breakdownRows(input, breakdown);
      const national = rows('national').total;
      const result: QuestionBreakdowns = { question, nation: national, counties: [], ageBands: [], municipalities: [] };
      if (query.breakdown === 'county' || query.breakdown === 'municipality') result.counties = rows('county').rows;
      if (query.breakdown === 'age_band') result.ageBands = rows('age_band').rows;
      if (query.breakdown === 'municipality') result.municipalities = rows('municipality').rows;
      return result;
    });

    const countyName = query.county === undefined ? undefined : geography.countyName.get(query.county);
    const charts = breakdownCharts(data, { breakdown: query.breakdown, countyName }, language, study.disclosureThreshold);
    const chart = charts.length === 1 ? charts[0] : charts[question.options.findIndex((option) => option.code === query.option)];
    if (!chart) {
      const codes = question.options.map((option) => `${option.code} (${textIn(language, option.label)})`).join(', ');
      throw new BadInputError(`${variable} has several answers that can all be chosen: add option=<code>, one of ${codes}`);
    }
    const file = format === 'png' ? await this.charts.png(chart.spec) : Buffer.from(await this.charts.svg(chart.spec), 'utf8');
    return { file, contentType: format === 'png' ? 'image/png' : 'image/svg+xml', fileName: `${safeFileName(chart.name, 'diagram')}.${format}` };
  }
}
