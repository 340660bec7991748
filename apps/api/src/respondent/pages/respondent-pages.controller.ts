import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig, Public } from '@stemme/platform';
import type { FormBody } from '@stemme/respondent-form';
import type { Request, Response } from 'express';
import { CodeFlowService } from './code-flow.service';
import { FormFlowService, type FormQuery } from './form-flow.service';
import { DRAFT_COOKIE, writePage } from './page-result';

/**
 * The respondent's pages: plain HTML and form posts (urlencoded), working without JavaScript.
 * Public, never logged; the only state in the browser is the draft cookie.
 */
@ApiExcludeController()
@Controller('s/:token')
@Public()
export class RespondentPagesController {
  constructor(
    private readonly form: FormFlowService,
    private readonly codes: CodeFlowService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async show(@Param('token') token: string, @Query() query: FormQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.write(response, await this.form.show(token, draftIdOf(request), { lang: text(query.lang), page: text(query.page) }));
  }

  @Post()
  async post(@Param('token') token: string, @Body() body: FormBody, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.write(response, await this.form.post(token, draftIdOf(request), body ?? {}));
  }

  @Get('receipt')
  async receipt(@Param('token') token: string, @Query('lang') lang: unknown, @Res() response: Response): Promise<void> {
    this.write(response, await this.form.receipt(token, text(lang)));
  }

  @Get('resume')
  async resumeEntry(@Param('token') token: string, @Query('lang') lang: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.write(response, await this.codes.showResumeEntry(token, draftIdOf(request), text(lang)));
  }

  @Post('resume')
  async resume(@Param('token') token: string, @Query('lang') lang: unknown, @Body() body: FormBody, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.write(response, await this.codes.resume(token, draftIdOf(request), text(lang), body ?? {}));
  }

  @Post('invitation')
  async invitation(@Param('token') token: string, @Query('lang') lang: unknown, @Body() body: FormBody, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.write(response, await this.codes.admit(token, draftIdOf(request), text(lang), body ?? {}));
  }

  private write(response: Response, result: Parameters<typeof writePage>[1]): void {
    writePage(response, result, this.config.auth.cookieSecure);
  }
}

function draftIdOf(request: Request): string | undefined {
  const value: unknown = request.cookies?.[DRAFT_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A query value as one string; repeated or nested values are ignored. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
