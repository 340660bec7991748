/**
 * The one catalogue of queues, jobs and their payloads, shared by producers (api) and consumers
 * (worker). A payload carries ids, never the data itself: the worker reloads what it needs.
 */
export const QueueName = {
  Maintenance: 'maintenance',
  /** Keeps the count cube that statistics are read from. */
  Aggregation: 'aggregation',
  /** Makes export files: workbooks, report packs, raw data, charts. */
  Exports: 'exports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  /** Proves the worker is alive and consuming: it records the time it ran. */
  Heartbeat: 'heartbeat',
  /** Hourly: deletes expired login sessions, also of users who never come back. */
  CleanUpSessions: 'clean-up-sessions',
  /** Counts a study's new responses into the cube; one per study at a time, bursts coalesce. */
  FoldResponses: 'fold-responses',
  /** Recounts a study's whole cube from its responses. */
  RebuildCube: 'rebuild-cube',
  /** Every 30 s: folds any study whose responses are ahead of its cube (a trigger may have been lost). */
  SweepAggregation: 'sweep-aggregation',
  /** Nightly: rebuilds the cubes that folds have added to since their last rebuild, to keep reads fast. */
  RebuildFoldedCubes: 'rebuild-folded-cubes',
  /** Makes one export's file; the export row says what to make. */
  RunExport: 'run-export',
  /** Hourly: deletes the files of expired exports and marks them expired. */
  CleanUpExports: 'clean-up-exports',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.Heartbeat]: { requestedAt: string };
  [JobName.CleanUpSessions]: { requestedAt: string };
  [JobName.FoldResponses]: { studyId: string };
  [JobName.RebuildCube]: { studyId: string };
  [JobName.SweepAggregation]: { requestedAt: string };
  [JobName.RebuildFoldedCubes]: { requestedAt: string };
  [JobName.RunExport]: { exportId: string };
  [JobName.CleanUpExports]: { requestedAt: string };
}

/** Which queue each job runs on. */
export const jobQueue: Record<JobName, QueueName> = {
  [JobName.Heartbeat]: QueueName.Maintenance,
  [JobName.CleanUpSessions]: QueueName.Maintenance,
  [JobName.FoldResponses]: QueueName.Aggregation,
  [JobName.RebuildCube]: QueueName.Aggregation,
  [JobName.SweepAggregation]: QueueName.Aggregation,
  [JobName.RebuildFoldedCubes]: QueueName.Aggregation,
  [JobName.RunExport]: QueueName.Exports,
  [JobName.CleanUpExports]: QueueName.Exports,
};

export const allQueues: QueueName[] = Object.values(QueueName);

export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(jobQueue) as JobName[]).filter((job) => jobQueue[job] === queue);
}
