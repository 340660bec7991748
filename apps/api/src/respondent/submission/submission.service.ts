import { Injectable } from '@nestjs/common';
import {
  codeHash,
  INVITATION_SCOPE,
  InvitationsRepository,
  isWellFormedCode,
  normalizeCode,
  osloDate,
  prepareResponse,
  ResponseWriter,
  type FormContext,
  type ResponseRow,
  type WriteOutcome,
} from '@stemme/distribution';
import { ConflictError } from '@stemme/platform';
import type { AnswerProblem, Answers, IsoDate, Language } from '@stemme/questionnaire';
import { ArrivalAnnouncer } from '../support/arrival-announcer';
import { LinkRateLimiter } from '../support/link-rate-limiter';
import { MunicipalityDirectory } from '../support/municipality-directory';

export interface Receipt {
  submissionId: string;
  submittedOn: IsoDate;
}

export type SubmissionResult =
  | { kind: 'stored'; created: boolean; receipt: Receipt }
  | { kind: 'problems'; problems: AnswerProblem[] }
  | { kind: 'full' }
  | { kind: 'rate_limited' }
  | { kind: 'invitation_refused' };

export interface SubmissionInput {
  context: FormContext;
  submissionId: string;
  language: Language;
  answers: Answers;
  /** An HTML form let in by an invitation code when it started (or started while the link was open to all). */
  admitted: boolean;
  /** JSON clients of invitation-only links send the code with the answers. */
  invitationCode?: string;
  /** People (the HTML form) wait out a full second's window once; programs get 429 at once. */
  whenLimited: 'wait' | 'refuse';
}

/**
 * Stores a complete response: checked against its version in memory, then written in a
 * transaction of its own (group commit), and announced to aggregation after the commit. A
 * submission id is stored once: a repeat answers the same receipt.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly writer: ResponseWriter,
    private readonly invitations: InvitationsRepository,
    private readonly limiter: LinkRateLimiter,
    private readonly municipalities: MunicipalityDirectory,
    private readonly announcer: ArrivalAnnouncer,
  ) {}

  async submit(input: SubmissionInput): Promise<SubmissionResult> {
    const { context } = input;
    const link = context.link;
    const allowed = input.whenLimited === 'wait' ? await this.limiter.allowOrWait('submit', link.id) : this.limiter.allow('submit', link.id);
    if (!allowed) return { kind: 'rate_limited' };
    const today = osloDate();
    const { resolve } = await this.municipalities.get();
    const preparation = prepareResponse({ context, answers: input.answers, language: input.language, today, resolveMunicipality: resolve });
    if (!preparation.ok) return { kind: 'problems', problems: preparation.problems };

    const submissionId = input.submissionId.toLowerCase();
    const row: ResponseRow = { studyId: link.studyId, questionnaireVersionId: link.questionnaireVersionId, submissionId, linkId: link.id, ...preparation.prepared };
    if (link.invitationOnly && !input.admitted) return this.submitWithInvitation(row, input.invitationCode ?? '', link.responseCap !== null);

    const outcome = link.responseCap === null ? await this.writer.write(row) : await this.writer.writeCapped(row);
    return this.answer(row, outcome);
  }

  /** The receipt of a response stored through this link before, if there is one. */
  async receiptOf(context: FormContext, submissionId: string): Promise<Receipt | null> {
    const stored = await this.writer.findStored(submissionId.toLowerCase());
    return stored && stored.linkId === context.link.id ? { submissionId: submissionId.toLowerCase(), submittedOn: stored.submittedOn } : null;
  }

  /**
   * The code is used in a transaction of its own before the response's (never the same one: their
   * transaction ids would tie them). Answers are checked first, and a repeat answers its receipt
   * without touching the code, so neither a mistake nor a retry costs the respondent the code.
   */
  private async submitWithInvitation(row: ResponseRow, typedCode: string, capped: boolean): Promise<SubmissionResult> {
    if (await this.writer.findStored(row.submissionId)) return this.answer(row, 'repeat');
    const code = normalizeCode(typedCode);
    if (!isWellFormedCode(code)) return { kind: 'invitation_refused' };
    const hash = codeHash(INVITATION_SCOPE, code);
    if ((await this.invitations.consume(row.linkId, hash)) !== 'admitted') return { kind: 'invitation_refused' };
    try {
      const outcome = capped ? await this.writer.writeCapped(row) : await this.writer.write(row);
      if (outcome !== 'created') await this.invitations.release(hash);
      return this.answer(row, outcome);
    } catch (error) {
      await this.invitations.release(hash).catch(() => undefined);
      throw error;
    }
  }

  private async answer(row: ResponseRow, outcome: WriteOutcome | 'full'): Promise<SubmissionResult> {
    if (outcome === 'full') return { kind: 'full' };
    if (outcome === 'created') {
      this.announcer.arrived(row.studyId);
      return { kind: 'stored', created: true, receipt: { submissionId: row.submissionId, submittedOn: row.submittedOn } };
    }
    const stored = await this.writer.findStored(row.submissionId);
    if (!stored || stored.linkId !== row.linkId) {
      throw new ConflictError('This submissionId belongs to another survey: make a new one for each response');
    }
    return { kind: 'stored', created: false, receipt: { submissionId: row.submissionId, submittedOn: stored.submittedOn } };
  }
}
