import { Injectable } from '@nestjs/common';
import { DraftsRepository, osloDate, type FormContext, type ResponseDraft } from '@stemme/distribution';
import { answerFields, type AnswerProblem, type Language } from '@stemme/questionnaire';
import { CSRF_FIELD, firstBodyValue, firstPageId, PAGE_FIELD, pagePostOutcome, visiblePages, type FormBody } from '@stemme/respondent-form';
import { SubmissionService } from '../submission/submission.service';
import { MunicipalityDirectory } from '../support/municipality-directory';
import { OpenLinks } from '../support/open-links';
import { BrowserDrafts } from './browser-drafts';
import type { PageResult } from './page-result';
import { PageViews } from './page-views';

export interface FormQuery {
  lang?: string;
  page?: string;
}

/**
 * The respondent's form, one page at a time, without JavaScript: every post is read, checked with
 * the core's rules, saved in the draft, and answered with a redirect (Post/Redirect/Get) or the
 * page again with its problems. The last page stores the response.
 */
@Injectable()
export class FormFlowService {
  constructor(
    private readonly openLinks: OpenLinks,
    private readonly browserDrafts: BrowserDrafts,
    private readonly drafts: DraftsRepository,
    private readonly submissions: SubmissionService,
    private readonly municipalities: MunicipalityDirectory,
    private readonly views: PageViews,
  ) {}

  async show(token: string, draftId: string | undefined, query: FormQuery): Promise<PageResult> {
    const context = await this.openLinks.find(token);
    if (!context) return this.views.unavailable(null, 'nb', 'not_found', 404);
    let draft = await this.browserDrafts.current(context, draftId);
    const language = this.openLinks.language(context, query.lang, draft?.language);
    if (draft?.submitted) return this.views.receipt(context, language);
    const closed = await this.closedPage(context, language);
    if (closed) return closed;

    const started = !draft;
    draft ??= await this.browserDrafts.start(context, language);
    if (!draft) return this.views.busy(context, language);
    if (!started && query.lang && draft.language !== language) await this.drafts.setLanguage(draft.id, language);
    const cookie = started ? { path: `/s/${token}`, draftId: draft.id } : undefined;
    if (!this.browserDrafts.isAdmitted(context, draft)) return { ...(await this.views.codeEntry(context, language, draft.csrfToken, 'invitation')), cookie };

    const answers = this.browserDrafts.answersOf(context, draft);
    const shown = visiblePages(context.definition, answers, { skipVariables: context.skipVariables }).map((page) => page.id);
    const pageId = [query.page, draft.pageId].find((candidate) => candidate && shown.includes(candidate)) ?? firstPageId(context.definition, answers, { skipVariables: context.skipVariables });
    if (!pageId) return this.views.unavailable(context, language, 'not_found', 404);
    return { ...(await this.views.form(context, language, { pageId, answers, csrfToken: draft.csrfToken })), cookie };
  }

  async post(token: string, draftId: string | undefined, body: FormBody): Promise<PageResult> {
    const context = await this.openLinks.find(token);
    if (!context) return this.views.unavailable(null, 'nb', 'not_found', 404);
    const draft = await this.browserDrafts.current(context, draftId);
    const language = this.openLinks.language(context, draft?.language);
    // A double click on "Send inn" finds its answers sent: the same receipt, even if that filled the link.
    if (draft?.submitted) return { kind: 'redirect', location: this.receiptHref(token, language) };
    const closed = await this.closedPage(context, language);
    if (closed) return closed;
    const pageId = firstBodyValue(body, PAGE_FIELD);
    // No draft (expired, or cookies off), a forged post, or a page that is not there: nothing is saved.
    if (!draft || !this.browserDrafts.isAdmitted(context, draft) || !this.browserDrafts.isValidPost(draft, firstBodyValue(body, CSRF_FIELD)) || !this.hasPage(context, pageId)) {
      return { kind: 'redirect', location: `/s/${token}` };
    }

    const outcome = pagePostOutcome({
      definition: context.definition,
      pageId,
      body,
      language,
      savedAnswers: this.browserDrafts.answersOf(context, draft),
      skipVariables: context.skipVariables,
      today: osloDate(),
      knownMunicipalities: (await this.municipalities.get()).current,
    });
    const nextPageId = outcome.kind === 'show_page' ? outcome.page.pageId : outcome.kind === 'submit' ? pageId : outcome.pageId;
    const progress = this.browserDrafts.progress(context, outcome.save, nextPageId, language);

    switch (outcome.kind) {
      case 'go_to_page':
        await this.drafts.saveProgress(draft.id, progress);
        return { kind: 'redirect', location: `/s/${token}?page=${encodeURIComponent(outcome.pageId)}` };
      case 'show_page': {
        await this.drafts.saveProgress(draft.id, progress);
        const { page } = outcome;
        const status = Object.keys(page.problems).length ? 422 : 200;
        return this.views.form(context, language, { ...page, csrfToken: draft.csrfToken }, status);
      }
      case 'save_for_later':
        return this.saveForLater(context, draft, progress);
      case 'submit':
        await this.drafts.saveProgress(draft.id, progress);
        return this.submit(context, draft, progress.answers, language);
    }
  }

  async receipt(token: string, lang: string | undefined): Promise<PageResult> {
    const context = await this.openLinks.find(token);
    if (!context) return this.views.unavailable(null, 'nb', 'not_found', 404);
    return this.views.receipt(context, this.openLinks.language(context, lang));
  }

  private async submit(context: FormContext, draft: ResponseDraft, answers: ResponseDraft['answers'], language: Language): Promise<PageResult> {
    const result = await this.submissions.submit({
      context,
      submissionId: draft.submissionId,
      language,
      answers,
      admitted: draft.admitted,
      whenLimited: 'wait',
    });
    switch (result.kind) {
      case 'stored':
        await this.drafts.markSubmitted(draft.id, osloDate());
        return { kind: 'redirect', location: this.receiptHref(context.link.token, language), cookie: { path: `/s/${context.link.token}`, draftId: null } };
      case 'problems':
        return this.problemsPage(context, draft, result.problems, language);
      case 'full':
        return this.views.unavailable(context, language, 'full', 410);
      case 'rate_limited':
      case 'invitation_refused':
        return this.views.busy(context, language);
    }
  }

  /** Problems only the server sees (e.g. a municipality number no longer in the register): back to their page. */
  private problemsPage(context: FormContext, draft: ResponseDraft, problems: AnswerProblem[], language: Language): Promise<PageResult> {
    const fields = answerFields(context.definition);
    const first = fields.find((field) => field.variable === problems[0].variable) ?? fields[0];
    const pageId = context.definition.pages[first.pageIndex].id;
    const onPage = new Set(fields.filter((field) => field.pageIndex === first.pageIndex).map((field) => field.variable));
    const pageProblems = Object.fromEntries(problems.filter((problem) => onPage.has(problem.variable)).map((problem) => [problem.variable, problem.message]));
    return this.views.form(context, language, { pageId, answers: this.browserDrafts.answersOf(context, draft), csrfToken: draft.csrfToken, problems: pageProblems }, 422);
  }

  private async saveForLater(context: FormContext, draft: ResponseDraft, progress: ReturnType<BrowserDrafts['progress']>): Promise<PageResult> {
    const code = await this.browserDrafts.saveWithNewResumeCode(context, draft, progress);
    return this.views.resumeCode(context, progress.language, code, progress.expiresOn, progress.pageId);
  }

  private async closedPage(context: FormContext, language: Language): Promise<PageResult | undefined> {
    const status = await this.openLinks.status(context, { countCapped: true });
    return status === 'open' ? undefined : this.views.unavailable(context, language, status, 410);
  }

  private hasPage(context: FormContext, pageId: string | undefined): pageId is string {
    return pageId !== undefined && context.definition.pages.some((page) => page.id === pageId);
  }

  private receiptHref(token: string, language: Language): string {
    return `/s/${token}/receipt?lang=${language}`;
  }
}
