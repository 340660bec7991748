import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth';
import { CrossTabService } from './cross-tab.service';
import { CrossTabQueryDto, ResultsQueryDto } from './dto/results-query.dto';
import { CrossTabResultsDto, QuestionResultsDto, ResultsScopeDto, StudyMonitorDto } from './dto/results-response.dto';
import { MonitorService } from './monitor.service';
import { ResultsService } from './results.service';

@ApiTags('results')
@Controller('api/studies/:studyId')
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly crossTabs: CrossTabService,
    private readonly monitors: MonitorService,
  ) {}

  @Get('results')
  @ApiOperation({
    summary: 'A question’s figures by breakdown, from the count cube: counts, percents, means and intervals, with small groups hidden',
  })
  @ApiOkResponse({ type: QuestionResultsDto })
  async question(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string, @Query() query: ResultsQueryDto, @Res() response: Response): Promise<void> {
    // Sent as written once (QuestionResultsDto as JSON), with its ETag: a client that has it gets 304.
    const body = await this.results.resultsJson(user, studyId, query);
    response.type('json').set('ETag', body.etag).send(body.json);
  }

  @Get('results/scope')
  @ApiOperation({ summary: 'What results the user may read: the whole study, or one municipality, its county and the nation' })
  @ApiOkResponse({ type: ResultsScopeDto })
  scope(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<ResultsScopeDto> {
    return this.results.scope(user, studyId);
  }

  @Get('results/crosstab')
  @ApiOperation({ summary: 'A single-choice or Likert question against a background question, counted from the responses on demand' })
  @ApiOkResponse({ type: CrossTabResultsDto })
  crossTab(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string, @Query() query: CrossTabQueryDto): Promise<CrossTabResultsDto> {
    return this.crossTabs.crossTab(user, studyId, query);
  }

  @Get('monitor')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Responses per municipality and per day, as they are (not protected): for following data collection' })
  @ApiOkResponse({ type: StudyMonitorDto })
  monitor(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<StudyMonitorDto> {
    return this.monitors.monitor(user, studyId);
  }
}
