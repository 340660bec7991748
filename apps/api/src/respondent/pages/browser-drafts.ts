import { Injectable } from '@nestjs/common';
import { addDays, codeHash, DraftsRepository, newCode, newFormSecret, osloDate, type DraftProgress, type FormContext, type ResponseDraft } from '@stemme/distribution';
import type { Answers, Language } from '@stemme/questionnaire';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { LinkRateLimiter } from '../support/link-rate-limiter';

/** Drafts as the browser holds them: by the id in its cookie, for one link. */
@Injectable()
export class BrowserDrafts {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly limiter: LinkRateLimiter,
  ) {}

  /** The browser's draft for this link; an expired one is deleted on the spot. */
  async current(context: FormContext, draftId: string | undefined): Promise<ResponseDraft | null> {
    if (!draftId || !UUID.test(draftId)) return null;
    const draft = await this.drafts.findOfLink(draftId, context.link.id);
    if (draft && draft.expiresOn < osloDate()) {
      await this.drafts.delete(draft.id);
      return null;
    }
    return draft;
  }

  /** A new form: its submission id is chosen now, once. Null when too many start this second. */
  async start(context: FormContext, language: Language): Promise<ResponseDraft | null> {
    if (!(await this.limiter.allowOrWait('start', context.link.id))) return null;
    return this.drafts.create({
      linkId: context.link.id,
      submissionId: randomUUID(),
      csrfToken: newFormSecret(),
      language,
      admitted: !context.link.invitationOnly,
      expiresOn: this.expiresOn(context),
    });
  }

  /** The answers to keep, without what the link answers itself; the expiry moves with each save. */
  progress(context: FormContext, answers: Answers, pageId: string, language: Language): DraftProgress {
    const kept = { ...answers };
    for (const variable of context.skipVariables) delete kept[variable];
    return { answers: kept, pageId, language, expiresOn: this.expiresOn(context) };
  }

  /** Saves the answers with a new resume code, which replaces any earlier one; answers the code. */
  async saveWithNewResumeCode(context: FormContext, draft: ResponseDraft, progress: DraftProgress): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const code = newCode();
      try {
        await this.drafts.saveWithResumeCode(draft.id, progress, resumeCodeHash(context, code));
        return code;
      } catch (error) {
        if (attempt < 3 && (error as { code?: string }).code === '23505') continue;
        throw error;
      }
    }
  }

  /** The draft a resume code belongs to on this link, if any. */
  findByResumeCode(context: FormContext, code: string): Promise<ResponseDraft | null> {
    return this.drafts.findByResumeCode(context.link.id, resumeCodeHash(context, code));
  }

  expiresOn(context: FormContext): string {
    return addDays(osloDate(), context.unfinishedExpiryDays);
  }

  /** The draft's answers with what the link answers (the municipality of a per-municipality link). */
  answersOf(context: FormContext, draft: ResponseDraft): Answers {
    const code = context.link.municipalityCode;
    return code !== null && context.municipalityVariable ? { ...draft.answers, [context.municipalityVariable]: code } : draft.answers;
  }

  /** Whether the form may be shown: always, unless the link wants an invitation code this draft has not given. */
  isAdmitted(context: FormContext, draft: ResponseDraft): boolean {
    return draft.admitted || !context.link.invitationOnly;
  }

  isValidPost(draft: ResponseDraft, csrfToken: string | undefined): boolean {
    if (!csrfToken) return false;
    const expected = Buffer.from(draft.csrfToken);
    const given = Buffer.from(csrfToken);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** A resume code works only on its own link. */
function resumeCodeHash(context: FormContext, code: string): string {
  return codeHash(`resume:${context.link.id}`, code);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
