import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { CurrentUser, Roles } from '../auth';
import { CreateQuestionnaireDto, QuestionnaireResponseDto } from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('questionnaires')
@Controller('api')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Post('studies/:studyId/questionnaires')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Create a questionnaire with its first draft' })
  @ApiCreatedResponse({ type: QuestionnaireResponseDto })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('studyId', ParseUUIDPipe) studyId: string,
    @Body() body: CreateQuestionnaireDto,
  ): Promise<QuestionnaireResponseDto> {
    return this.questionnaires.create(user, studyId, body);
  }

  @Post('studies/:studyId/questionnaires/import')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Create a questionnaire from an export file (see GET /api/questionnaire-format/schema)' })
  @ApiBody({ description: 'An export file in the Stemme questionnaire format', schema: { type: 'object' } })
  @ApiQuery({ name: 'title', required: false, description: 'Defaults to the name in the file' })
  @ApiCreatedResponse({ type: QuestionnaireResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'Every problem of the file, each with its JSON path' })
  import(
    @CurrentUser() user: AuthenticatedUser,
    @Param('studyId', ParseUUIDPipe) studyId: string,
    @Body() file: unknown,
    @Query('title') title?: string,
  ): Promise<QuestionnaireResponseDto> {
    return this.questionnaires.import(user, studyId, file, title?.trim() || undefined);
  }

  @Get('studies/:studyId/questionnaires')
  @ApiOkResponse({ type: [QuestionnaireResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<QuestionnaireResponseDto[]> {
    return this.questionnaires.listOfStudy(user, studyId);
  }

  @Get('questionnaires/:id')
  @ApiOkResponse({ type: QuestionnaireResponseDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionnaireResponseDto> {
    return this.questionnaires.get(user, id);
  }
}
