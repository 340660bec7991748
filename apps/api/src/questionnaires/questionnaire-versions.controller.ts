import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import type { QuestionnaireExport } from '@stemme/questionnaire';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth';
import { SaveDefinitionDto, VersionResponseDto } from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('questionnaires')
@Controller('api/questionnaire-versions')
export class QuestionnaireVersionsController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A version with its definition, what blocks publishing, and readability (LIX)' })
  @ApiOkResponse({ type: VersionResponseDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<VersionResponseDto> {
    return this.questionnaires.getVersion(user, id);
  }

  @Put(':id/definition')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Save a draft; unfinished content is allowed, a published version answers 409' })
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiConflictResponse({ description: 'The version is published' })
  @ApiUnprocessableEntityResponse({ description: 'The JSON does not have the shape of a definition' })
  save(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveDefinitionDto,
  ): Promise<VersionResponseDto> {
    return this.questionnaires.saveDraft(user, id, body.definition);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Publish a draft: freezes its definition; 422 lists every problem with its JSON path' })
  @ApiOkResponse({ type: VersionResponseDto })
  @ApiConflictResponse({ description: 'Already published' })
  @ApiUnprocessableEntityResponse({ description: 'The definition has problems' })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<VersionResponseDto> {
    return this.questionnaires.publish(user, id);
  }

  @Post(':id/drafts')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Start a new draft from this version (codes and variables stay the same)' })
  @ApiCreatedResponse({ type: VersionResponseDto })
  createDraft(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<VersionResponseDto> {
    return this.questionnaires.createDraftFrom(user, id);
  }

  @Get(':id/export')
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOperation({ summary: 'Download the version as a JSON file in the Stemme questionnaire format' })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<QuestionnaireExport> {
    const { file, fileName } = await this.questionnaires.export(user, id);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return file;
  }
}
