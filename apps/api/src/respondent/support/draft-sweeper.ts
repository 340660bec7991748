import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DraftsRepository, InvitationsRepository, osloDate } from '@stemme/distribution';
import { ArrivalAnnouncer } from './arrival-announcer';

export const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/** Some transactions of margin, so that codes used while the last sweep ran are not missed. */
const TRANSACTION_MARGIN = 10_000;

/**
 * Every ten minutes in each API instance (the work is idempotent): deletes expired drafts (and
 * what is left of sent ones after their last day), and re-stamps the invitation codes used since
 * the last sweep so that their row versions no longer tell in which order they were used.
 */
@Injectable()
export class DraftSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DraftSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private lastSweepTransaction: bigint | undefined;

  constructor(
    private readonly drafts: DraftsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly announcer: ArrivalAnnouncer,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: Error) => this.logger.warn(`The draft sweep failed; it runs again in ten minutes: ${error.message}`));
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.announcer.flush();
  }

  async sweep(): Promise<{ draftsDeleted: number; codesRestamped: number }> {
    const draftsDeleted = await this.drafts.deleteExpired(osloDate());
    const now = await this.invitations.currentTransactionId();
    const since = this.lastSweepTransaction === undefined ? 2 ** 31 - 1 : Number(now - this.lastSweepTransaction) + TRANSACTION_MARGIN;
    const codesRestamped = await this.invitations.restampUsedCodes(Math.min(since, 2 ** 31 - 1));
    this.lastSweepTransaction = now;
    return { draftsDeleted, codesRestamped };
  }
}
