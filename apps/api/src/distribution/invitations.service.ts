import { Injectable } from '@nestjs/common';
import { codeHash, formatInvitationCode, INVITATION_SCOPE, InvitationsRepository, newCode } from '@stemme/distribution';
import type { AuthenticatedUser } from '@stemme/identity';
import { AppConfig, UnprocessableError } from '@stemme/platform';
import { CreateInvitationBatchDto, InvitationBatchResponseDto } from './dto/invitation-batch.dto';
import { LinksService } from './links.service';

export interface CreatedBatch {
  batchId: string;
  csv: string;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Batches of single-use invitation codes. The codes exist in plain text only in the CSV answered
 * when the batch is made: the database keeps their hashes, and there is no second download.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly links: LinksService,
    private readonly config: AppConfig,
  ) {}

  async createBatch(user: AuthenticatedUser, linkId: string, input: CreateInvitationBatchDto): Promise<CreatedBatch> {
    const link = await this.links.linkForChange(user, linkId);
    if (!link.invitationOnly) {
      throw new UnprocessableError('This link is open to everyone: make it invitation-only (invitationOnly: true) before making codes for it');
    }
    for (let attempt = 1; ; attempt++) {
      const codes = distinctCodes(input.count);
      try {
        const batch = await this.invitations.createBatch(link.id, input.label ?? '', codes.map((code) => codeHash(INVITATION_SCOPE, code)), user.id);
        const url = `${this.config.http.publicUrl}/s/${link.token}`;
        return { batchId: batch.id, csv: ['code,url', ...codes.map((code) => `${formatInvitationCode(code)},${url}`)].join('\r\n') + '\r\n' };
      } catch (error) {
        // A new code equal to one made before (about 1 in 10^10 per code): make the batch again.
        if (attempt < 3 && (error as { code?: string }).code === UNIQUE_VIOLATION) continue;
        throw error;
      }
    }
  }

  async listBatches(user: AuthenticatedUser, linkId: string): Promise<InvitationBatchResponseDto[]> {
    const link = await this.links.linkForChange(user, linkId);
    return (await this.invitations.listBatches(link.id)).map(InvitationBatchResponseDto.from);
  }
}

function distinctCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  return [...codes];
}
