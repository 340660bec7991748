import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { CurrentUser, Roles } from '../auth';
import { AggregationService } from './aggregation.service';
import { AggregationStatusDto, RebuildJobDto } from './dto/aggregation.dto';

@ApiTags('aggregation')
@Controller('api/studies/:studyId/aggregation')
export class AggregationController {
  constructor(private readonly aggregation: AggregationService) {}

  @Get()
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'How fresh the study’s count cube is' })
  @ApiOkResponse({ type: AggregationStatusDto })
  status(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<AggregationStatusDto> {
    return this.aggregation.status(user, studyId);
  }

  @Post('rebuild')
  @Roles('admin', 'designer')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Recount the study’s count cube from its responses (a worker job; the same job while one is under way)' })
  @ApiAcceptedResponse({ type: RebuildJobDto })
  rebuild(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<RebuildJobDto> {
    return this.aggregation.rebuild(user, studyId);
  }

  @Get('rebuild/:jobId')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'A rebuild job’s state and progress' })
  @ApiOkResponse({ type: RebuildJobDto })
  rebuildJob(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string, @Param('jobId') jobId: string): Promise<RebuildJobDto> {
    return this.aggregation.rebuildJob(user, studyId, jobId);
  }
}
