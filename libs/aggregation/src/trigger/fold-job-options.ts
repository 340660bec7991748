import type { JobsOptions } from 'bullmq';

/** A fold waits this long before it starts, so that a burst of submissions makes one fold. */
export const FOLD_DELAY_MS = 250;
/** How long a submission may wait for Redis before it gives up on queueing a fold. */
export const TRIGGER_TIMEOUT_MS = 1000;
export const SWEEP_EVERY_MS = 30_000;

/**
 * One fold per study at a time. While a fold waits, further triggers join it (it has not taken
 * its snapshot yet, so it will see their responses). While one runs, BullMQ keeps one more,
 * created when the running one finishes, for the responses that came in meanwhile.
 */
export function foldJobOptions(studyId: string): JobsOptions {
  return {
    deduplication: { id: `fold:${studyId}`, keepLastIfActive: true },
    delay: FOLD_DELAY_MS,
    removeOnComplete: { age: 3600, count: 1000 },
  };
}

/** A rebuild asked for while one waits or runs is that same rebuild. */
export function rebuildJobOptions(studyId: string): JobsOptions {
  return { deduplication: { id: `rebuild:${studyId}` }, attempts: 3 };
}
