import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { BadInputError } from '@stemme/platform';
import { VARIABLE_NAME_PATTERN } from '@stemme/questionnaire';
import type { Response } from 'express';
import { CurrentUser } from '../auth';
import { ChartsService } from './charts.service';
import { ChartQueryDto } from './dto/chart-query.dto';
import { CreateExportDto } from './dto/create-export.dto';
import { ExportResponseDto } from './dto/export-response.dto';
import { ExportsService } from './exports.service';

const CHART_FILE = /^(.+)\.(png|svg)$/;

@ApiTags('exports')
@Controller('api')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly charts: ChartsService,
  ) {}

  @Post('studies/:studyId/exports')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Ask for an export: the worker makes the file; follow it with GET /api/exports/:id' })
  @ApiAcceptedResponse({ type: ExportResponseDto })
  async create(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string, @Body() body: CreateExportDto): Promise<ExportResponseDto> {
    return ExportResponseDto.from(await this.exports.create(user, studyId, body));
  }

  @Get('studies/:studyId/exports')
  @ApiOperation({ summary: 'The study’s exports, newest first' })
  @ApiOkResponse({ type: [ExportResponseDto] })
  async list(@CurrentUser() user: AuthenticatedUser, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<ExportResponseDto[]> {
    return (await this.exports.list(user, studyId)).map(ExportResponseDto.from);
  }

  @Get('exports/:id')
  @ApiOperation({ summary: 'An export’s state, progress and stage' })
  @ApiOkResponse({ type: ExportResponseDto })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ExportResponseDto> {
    return ExportResponseDto.from(await this.exports.follow(user, id));
  }

  @Get('exports/:id/download')
  @ApiOperation({ summary: 'Download a finished export (the download is recorded)' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip')
  async download(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const file = await this.exports.download(user, id);
    return new StreamableFile(file.stream, { type: file.contentType, length: file.size, disposition: `attachment; filename="${file.fileName}"` });
  }

  @Get('studies/:studyId/charts/:file')
  @ApiOperation({ summary: 'One question’s chart as PNG or SVG, e.g. charts/q24_satisfied_overall.png?breakdown=county' })
  @ApiProduces('image/png', 'image/svg+xml')
  async chart(
    @CurrentUser() user: AuthenticatedUser,
    @Param('studyId', ParseUUIDPipe) studyId: string,
    @Param('file') file: string,
    @Query() query: ChartQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const [, variable, format] = CHART_FILE.exec(file) ?? [];
    if (!variable || !VARIABLE_NAME_PATTERN.test(variable)) throw new BadInputError('Ask for <variable>.png or <variable>.svg');
    const chart = await this.charts.chart(user, studyId, variable, format as 'png' | 'svg', query);
    response.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(chart.file, { type: chart.contentType, length: chart.file.length, disposition: `inline; filename="${chart.fileName}"` });
  }
}
