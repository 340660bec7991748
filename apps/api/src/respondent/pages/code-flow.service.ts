import { Injectable } from '@nestjs/common';
import { codeHash, DraftsRepository, INVITATION_SCOPE, InvitationsRepository, isWellFormedCode, normalizeCode, osloDate, type FormContext, type ResponseDraft } from '@stemme/distribution';
import type { Language } from '@stemme/questionnaire';
import { CSRF_FIELD, firstBodyValue, RESUME_CODE_FIELD, resumeCodeMessage, type FormBody } from '@stemme/respondent-form';
import { LinkRateLimiter } from '../support/link-rate-limiter';
import { OpenLinks } from '../support/open-links';
import { BrowserDrafts } from './browser-drafts';
import type { PageResult } from './page-result';
import { PageViews } from './page-views';

type Entry = { context: FormContext; draft: ResponseDraft; language: Language; cookie?: { path: string; draftId: string } };

/**
 * Codes typed by respondents: a resume code, to continue a saved form on any device, and an
 * invitation code, to open an invitation-only form. Both are tried at most a few times per
 * second per link, so guessing one is hopeless.
 */
@Injectable()
export class CodeFlowService {
  constructor(
    private readonly openLinks: OpenLinks,
    private readonly browserDrafts: BrowserDrafts,
    private readonly drafts: DraftsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly limiter: LinkRateLimiter,
    private readonly views: PageViews,
  ) {}

  async showResumeEntry(token: string, draftId: string | undefined, lang: string | undefined): Promise<PageResult> {
    const entry = await this.enter(token, draftId, lang);
    if ('kind' in entry) return entry;
    return { ...(await this.views.codeEntry(entry.context, entry.language, entry.draft.csrfToken, 'resume')), cookie: entry.cookie };
  }

  /** The right code moves this browser to the saved draft; a fresh, empty draft of this browser is dropped. */
  async resume(token: string, draftId: string | undefined, lang: string | undefined, body: FormBody): Promise<PageResult> {
    const entry = await this.enterPost(token, draftId, lang, body);
    if ('kind' in entry) return entry;
    const { context, draft, language } = entry;
    const typed = firstBodyValue(body, RESUME_CODE_FIELD) ?? '';
    const code = normalizeCode(typed);
    if (code === '') return this.views.codeEntry(context, language, draft.csrfToken, 'resume', resumeCodeMessage('missing', language), typed);
    const found = isWellFormedCode(code) && (await this.limiter.allowOrWait('code', context.link.id)) ? await this.browserDrafts.findByResumeCode(context, code) : null;
    if (!found) return this.views.codeEntry(context, language, draft.csrfToken, 'resume', resumeCodeMessage('not_found', language), typed);
    if (found.expiresOn < osloDate()) {
      await this.drafts.delete(found.id);
      return this.views.codeEntry(context, language, draft.csrfToken, 'resume', resumeCodeMessage('expired', language), typed);
    }
    if (found.id !== draft.id && isUntouched(draft)) await this.drafts.delete(draft.id);
    const page = found.pageId ? `page=${encodeURIComponent(found.pageId)}&` : '';
    return { kind: 'redirect', location: `/s/${token}?${page}lang=${found.language}`, cookie: { path: `/s/${token}`, draftId: found.id } };
  }

  /**
   * An invitation code lets this browser's draft in. The code is marked used in a transaction of
   * its own, and nothing in it names the draft; the draft only learns "admitted" (see PRIVACY.md).
   */
  async admit(token: string, draftId: string | undefined, lang: string | undefined, body: FormBody): Promise<PageResult> {
    const entry = await this.enterPost(token, draftId, lang, body);
    if ('kind' in entry) return entry;
    const { context, draft, language } = entry;
    if (this.browserDrafts.isAdmitted(context, draft)) return { kind: 'redirect', location: `/s/${token}` };
    const typed = firstBodyValue(body, RESUME_CODE_FIELD) ?? '';
    const code = normalizeCode(typed);
    if (code === '') return this.views.codeEntry(context, language, draft.csrfToken, 'invitation', resumeCodeMessage('missing', language), typed);
    const admitted =
      isWellFormedCode(code) &&
      (await this.limiter.allowOrWait('code', context.link.id)) &&
      (await this.invitations.consume(context.link.id, codeHash(INVITATION_SCOPE, code))) === 'admitted';
    // Unknown and already used read the same: the page tells no one which codes have been used.
    if (!admitted) return this.views.codeEntry(context, language, draft.csrfToken, 'invitation', resumeCodeMessage('not_found', language), typed);
    await this.drafts.admit(draft.id);
    return { kind: 'redirect', location: `/s/${token}?lang=${language}` };
  }

  /** The link, open, with this browser's draft (a new one if it has none: every form post needs its CSRF token). */
  private async enter(token: string, draftId: string | undefined, lang: string | undefined): Promise<Entry | PageResult> {
    const context = await this.openLinks.find(token);
    if (!context) return this.views.unavailable(null, 'nb', 'not_found', 404);
    const current = await this.browserDrafts.current(context, draftId);
    const language = this.openLinks.language(context, lang, current?.language);
    const status = await this.openLinks.status(context, { countCapped: true });
    if (status !== 'open') return this.views.unavailable(context, language, status, 410);
    if (current && !current.submitted) return { context, draft: current, language };
    const draft = await this.browserDrafts.start(context, language);
    if (!draft) return this.views.busy(context, language);
    return { context, draft, language, cookie: { path: `/s/${token}`, draftId: draft.id } };
  }

  private async enterPost(token: string, draftId: string | undefined, lang: string | undefined, body: FormBody): Promise<Entry | PageResult> {
    const context = await this.openLinks.find(token);
    if (!context) return this.views.unavailable(null, 'nb', 'not_found', 404);
    const draft = await this.browserDrafts.current(context, draftId);
    if (!draft || draft.submitted || !this.browserDrafts.isValidPost(draft, firstBodyValue(body, CSRF_FIELD))) {
      return { kind: 'redirect', location: `/s/${token}` };
    }
    const language = this.openLinks.language(context, lang, draft.language);
    const status = await this.openLinks.status(context, { countCapped: true });
    if (status !== 'open') return this.views.unavailable(context, language, status, 410);
    return { context, draft, language };
  }
}

function isUntouched(draft: ResponseDraft): boolean {
  return !draft.submitted && draft.resumeCodeHash === null && Object.keys(draft.answers).length === 0;
}
