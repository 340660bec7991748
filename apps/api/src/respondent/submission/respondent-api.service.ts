import { Injectable } from '@nestjs/common';
import type { FormContext, LinkStatus } from '@stemme/distribution';
import { GoneError, NotFoundError, TooManyRequestsError, UnprocessableError, type ErrorDetail } from '@stemme/platform';
import type { Answers, Language } from '@stemme/questionnaire';
import { resumeCodeMessage, uiText, type UiTextKey } from '@stemme/respondent-form';
import { FormResponseDto, SubmitResponseDto } from '../dto/respondent-api.dto';
import { MunicipalityDirectory } from '../support/municipality-directory';
import { OpenLinks } from '../support/open-links';
import { describeForm } from './form-description';
import { SubmissionService, type Receipt } from './submission.service';

const UNAVAILABLE_TEXTS: Record<Exclude<LinkStatus, 'open'>, [UiTextKey, UiTextKey]> = {
  closed: ['closedHeading', 'closedText'],
  paused: ['pausedHeading', 'pausedText'],
  full: ['fullHeading', 'fullText'],
  not_open_yet: ['notOpenYetHeading', 'notOpenYetText'],
};

/** The respondent's form as JSON: the same rules as the HTML form, problems in the respondent's language. */
@Injectable()
export class RespondentApiService {
  constructor(
    private readonly openLinks: OpenLinks,
    private readonly submissions: SubmissionService,
    private readonly municipalities: MunicipalityDirectory,
  ) {}

  async form(token: string, lang: Language | undefined): Promise<FormResponseDto> {
    const context = await this.findLink(token);
    const language = this.openLinks.language(context, lang);
    await this.assertOpen(context, language, true);
    return describeForm(context, language, await this.municipalities.get());
  }

  async submit(token: string, body: SubmitResponseDto): Promise<{ created: boolean; receipt: Receipt }> {
    const context = await this.findLink(token);
    const language = body.language;
    if (!context.languages.includes(language)) {
      throw new UnprocessableError('This survey is not offered in that language', [{ path: 'language', message: `Use one of: ${context.languages.join(', ')}` }]);
    }
    const status = await this.openLinks.status(context, { countCapped: false });
    if (status !== 'open') {
      // A retry of a response stored before the link closed still gets its receipt.
      const receipt = await this.submissions.receiptOf(context, body.submissionId);
      if (receipt) return { created: false, receipt };
      throw this.gone(status, language);
    }
    const result = await this.submissions.submit({
      context,
      submissionId: body.submissionId,
      language,
      answers: body.answers as Answers,
      admitted: false,
      invitationCode: body.invitationCode,
      whenLimited: 'refuse',
    });
    switch (result.kind) {
      case 'stored':
        return result;
      case 'problems':
        throw new UnprocessableError(
          uiText('errorSummaryHeading', language),
          result.problems.map((problem): ErrorDetail & { code: string } => ({ path: `answers.${problem.variable}`, message: problem.message, code: problem.code })),
        );
      case 'full':
        throw this.gone('full', language);
      case 'invitation_refused':
        throw new UnprocessableError(resumeCodeMessage('not_found', language), [{ path: 'invitationCode', message: resumeCodeMessage('not_found', language) }]);
      case 'rate_limited':
        throw new TooManyRequestsError('Many are answering through this link right now: send the same answers again in a second', 1);
    }
  }

  private async findLink(token: string): Promise<FormContext> {
    const context = await this.openLinks.find(token);
    if (!context) throw new NotFoundError('No survey has this link');
    return context;
  }

  private async assertOpen(context: FormContext, language: Language, countCapped: boolean): Promise<void> {
    const status = await this.openLinks.status(context, { countCapped });
    if (status !== 'open') throw this.gone(status, language);
  }

  private gone(status: Exclude<LinkStatus, 'open'>, language: Language): GoneError {
    const [heading, text] = UNAVAILABLE_TEXTS[status].map((key) => uiText(key, language));
    return new GoneError(`${heading}. ${text}`, [{ path: 'link', message: status }]);
  }
}
