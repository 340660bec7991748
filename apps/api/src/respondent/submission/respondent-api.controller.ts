import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '@stemme/platform';
import type { Response } from 'express';
import { FormQueryDto, FormResponseDto, ReceiptResponseDto, SubmitResponseDto } from '../dto/respondent-api.dto';
import { RespondentApiService } from './respondent-api.service';

@ApiTags('respondents')
@Controller('api/s/:token')
@Public()
export class RespondentApiController {
  constructor(private readonly respondents: RespondentApiService) {}

  @Get('form')
  @ApiOperation({ summary: 'The questionnaire behind a link, in one language', description: 'Public. Respondent routes are never logged.' })
  @ApiOkResponse({ type: FormResponseDto })
  @ApiNotFoundResponse({ description: 'No survey has this link' })
  @ApiGoneResponse({ description: 'Closed, paused, not open yet, or full: the message says which, in the language asked for' })
  form(@Param('token') token: string, @Query() query: FormQueryDto): Promise<FormResponseDto> {
    return this.respondents.form(token, query.lang);
  }

  @Post('responses')
  @ApiOperation({
    summary: 'Send a complete response',
    description:
      'Stored once per submissionId: a retry of a stored response answers 200 with the same receipt. No address, user agent or time of day is kept. Public; never logged.',
  })
  @ApiCreatedResponse({ type: ReceiptResponseDto, description: 'Stored' })
  @ApiOkResponse({ type: ReceiptResponseDto, description: 'Stored before: the same receipt' })
  @ApiUnprocessableEntityResponse({ description: 'Nothing stored: details name each answer (answers.<variable>) with its problem, in the chosen language' })
  @ApiGoneResponse({ description: 'The link is closed, paused, not open yet, or full' })
  @ApiTooManyRequestsResponse({ description: 'Too many submissions through this link this second; send the same body again' })
  async submit(@Param('token') token: string, @Body() body: SubmitResponseDto, @Res({ passthrough: true }) response: Response): Promise<ReceiptResponseDto> {
    const { created, receipt } = await this.respondents.submit(token, body);
    response.status(created ? 201 : 200);
    return receipt;
  }
}
