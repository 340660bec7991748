import { Injectable } from '@nestjs/common';
import type { FormContext } from '@stemme/distribution';
import type { Answers, IsoDate, Language } from '@stemme/questionnaire';
import {
  helpIn,
  pageNavigation,
  renderFormPage,
  renderReceipt,
  renderResumeCode,
  renderResumeEntry,
  renderUnavailable,
  type FieldProblems,
  type UnavailableReason,
} from '@stemme/respondent-form';
import { FormAssetFiles } from '../support/form-assets';
import { MunicipalityDirectory } from '../support/municipality-directory';
import type { PageResult } from './page-result';

export interface FormPageView {
  pageId: string;
  answers: Answers;
  csrfToken: string;
  problems?: FieldProblems;
  rawText?: Record<string, string>;
  newQuestions?: string[];
}

/** The library's renderers with what this link and this app add: addresses, assets, the register. */
@Injectable()
export class PageViews {
  constructor(
    private readonly assets: FormAssetFiles,
    private readonly municipalities: MunicipalityDirectory,
  ) {}

  async form(context: FormContext, language: Language, view: FormPageView, status = 200): Promise<PageResult> {
    const { definition, skipVariables } = context;
    const token = context.link.token;
    const navigation = pageNavigation(definition, view.answers, view.pageId, { skipVariables });
    const html = renderFormPage({
      definition,
      pageId: view.pageId,
      language,
      languages: context.languages,
      answers: view.answers,
      problems: view.problems,
      rawText: view.rawText,
      newQuestions: view.newQuestions,
      csrfToken: view.csrfToken,
      formAction: `/s/${token}`,
      studyTitle: context.title,
      progress: navigation,
      canGoBack: !navigation.isFirstPage,
      resumeAvailable: true,
      skipVariables,
      municipalities: (await this.municipalities.get()).options,
      languageHref: (target) => `/s/${token}?page=${encodeURIComponent(view.pageId)}&lang=${target}`,
      resumeEntryHref: `/s/${token}/resume?lang=${language}`,
      ...(await this.assets.urls()),
    });
    return { kind: 'html', status, html };
  }

  async unavailable(context: FormContext | null, language: Language, reason: UnavailableReason, status: number): Promise<PageResult> {
    const { cssUrl } = await this.assets.urls();
    return { kind: 'html', status, html: renderUnavailable({ language, reason, studyTitle: context?.title, cssUrl }) };
  }

  /** Too many at once on this link, even after a moment's wait: 429 with Retry-After. */
  async busy(context: FormContext, language: Language): Promise<PageResult> {
    const { cssUrl } = await this.assets.urls();
    return { kind: 'html', status: 429, retryAfterSeconds: 2, html: renderUnavailable({ language, reason: 'busy', studyTitle: context.title, cssUrl }) };
  }

  async receipt(context: FormContext, language: Language): Promise<PageResult> {
    const { cssUrl } = await this.assets.urls();
    return { kind: 'html', status: 200, html: renderReceipt({ language, studyTitle: context.title, cssUrl, ...helpIn(context.receiptHelp, language) }) };
  }

  async resumeCode(context: FormContext, language: Language, code: string, expiresOn: IsoDate, pageId: string): Promise<PageResult> {
    const { cssUrl } = await this.assets.urls();
    const continueHref = `/s/${context.link.token}?page=${encodeURIComponent(pageId)}&lang=${language}`;
    return { kind: 'html', status: 200, html: renderResumeCode({ language, code, expiresOn, continueHref, studyTitle: context.title, cssUrl }) };
  }

  /** Where a code is typed: a resume code (posts to /resume) or an invitation code (to /invitation). */
  async codeEntry(context: FormContext, language: Language, csrfToken: string, purpose: 'resume' | 'invitation', problem?: string, value?: string): Promise<PageResult> {
    const { cssUrl } = await this.assets.urls();
    const html = renderResumeEntry({
      language,
      formAction: `/s/${context.link.token}/${purpose}?lang=${language}`,
      csrfToken,
      problems: problem ? { code: problem } : undefined,
      value,
      purpose,
      studyTitle: context.title,
      cssUrl,
    });
    return { kind: 'html', status: problem ? 422 : 200, html };
  }
}
