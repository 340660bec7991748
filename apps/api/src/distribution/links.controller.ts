import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { CurrentUser, Roles } from '../auth';
import { CreateCountyLinksDto, CreateLinkDto, LinkResponseDto, UpdateLinkDto } from './dto/link.dto';
import { LinksService } from './links.service';

@ApiTags('distribution')
@Controller('api')
@Roles('admin', 'designer')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Post('questionnaire-versions/:versionId/links')
  @ApiOperation({ summary: 'Make a link to a published version: study-wide, or for one municipality (municipalityCode)' })
  @ApiCreatedResponse({ type: LinkResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'The version is a draft, the municipality does not exist, or the link would close before it opens' })
  create(@CurrentUser() user: AuthenticatedUser, @Param('versionId', ParseUUIDPipe) versionId: string, @Body() body: CreateLinkDto): Promise<LinkResponseDto> {
    return this.links.create(user, versionId, body);
  }

  @Post('questionnaire-versions/:versionId/county-links')
  @ApiOperation({ summary: 'Make one link for each municipality of a county, in one go' })
  @ApiCreatedResponse({ type: [LinkResponseDto] })
  createForCounty(
    @CurrentUser() user: AuthenticatedUser,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @Body() body: CreateCountyLinksDto,
  ): Promise<LinkResponseDto[]> {
    return this.links.createForCounty(user, versionId, body);
  }

  @Get('studies/:studyId/links')
  @ApiOperation({ summary: "The study's links, oldest first" })
  @ApiOkResponse({ type: [LinkResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<LinkResponseDto[]> {
    return this.links.listOfStudy(user, studyId);
  }

  @Get('links/:id')
  @ApiOkResponse({ type: LinkResponseDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<LinkResponseDto> {
    return this.links.get(user, id);
  }

  @Patch('links/:id')
  @ApiOperation({ summary: 'Change the label, times or cap; pause (paused: true) or resume (paused: false)' })
  @ApiOkResponse({ type: LinkResponseDto })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateLinkDto): Promise<LinkResponseDto> {
    return this.links.update(user, id, body);
  }
}
