import { Injectable, Logger } from '@nestjs/common';
import { AggregationTrigger } from '@stemme/aggregation';

export const ANNOUNCE_INTERVAL_MS = 500;

/**
 * Tells aggregation, after the commit, that a study has new responses, without ever holding up or
 * failing a respondent: at most one trigger per study each ANNOUNCE_INTERVAL_MS (a rush of 1,500
 * submissions a second makes two, not 1,500), and one more after the last arrival of a burst, so
 * the newest response is always announced. The trigger itself never throws and gives up on Redis
 * after a second; if Redis is away, the worker's sweep folds the study later.
 */
@Injectable()
export class ArrivalAnnouncer {
  private readonly logger = new Logger(ArrivalAnnouncer.name);
  private readonly lastSignal = new Map<string, number>();
  private readonly trailing = new Map<string, NodeJS.Timeout>();

  constructor(private readonly trigger: AggregationTrigger) {}

  arrived(studyId: string): void {
    const now = Date.now();
    const last = this.lastSignal.get(studyId) ?? 0;
    if (now - last >= ANNOUNCE_INTERVAL_MS) {
      this.lastSignal.set(studyId, now);
      this.send(studyId);
      return;
    }
    if (this.trailing.has(studyId)) return;
    const timer = setTimeout(() => {
      this.trailing.delete(studyId);
      this.lastSignal.set(studyId, Date.now());
      this.send(studyId);
    }, ANNOUNCE_INTERVAL_MS - (now - last));
    timer.unref();
    this.trailing.set(studyId, timer);
  }

  /** Sends what is still waiting (on shutdown). */
  flush(): void {
    for (const [studyId, timer] of this.trailing) {
      clearTimeout(timer);
      this.send(studyId);
    }
    this.trailing.clear();
  }

  private send(studyId: string): void {
    this.trigger.responsesArrived(studyId).catch((error: Error) => this.logger.warn(`Could not tell aggregation about new responses (they are stored): ${error.message}`));
  }
}
