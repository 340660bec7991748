/**
 * Which responses a fold counts, from the study's watermark and the current snapshot. A
 * transaction id is settled when it is below the snapshot's horizon (xmax) and not running: its
 * rows are committed (and visible to every later statement) or gone for good. The fold counts
 * every settled row it has not counted yet, so a response committed late is never skipped, and
 * none is counted twice.
 */
export interface FoldWindow {
  /** Everything settled below this was counted, except the pending transactions. */
  readonly watermark: bigint;
  /** Transactions below the watermark that were still running at the last fold. */
  readonly pending: readonly bigint[];
  /** The snapshot's xmax: the first transaction id not yet assigned. */
  readonly horizon: bigint;
  /** Transactions running at the snapshot; their rows wait for a later fold. */
  readonly running: readonly bigint[];
}

export interface NextWatermark {
  readonly watermark: bigint;
  readonly pending: bigint[];
}

/**
 * After counting a window: the new watermark is the horizon, and pending are the running
 * transactions whose rows would not be counted otherwise (new ones above the old watermark, and
 * old pending ones still running).
 */
export function advance(window: FoldWindow): NextWatermark {
  const pending = new Set(window.pending);
  return {
    watermark: window.horizon > window.watermark ? window.horizon : window.watermark,
    pending: [...new Set(window.running)].filter((txid) => txid >= window.watermark || pending.has(txid)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

/** For a rebuild: counting from nothing, every running transaction stays pending. */
export function fromScratch(horizon: bigint, running: readonly bigint[]): FoldWindow {
  return { watermark: 0n, pending: [], horizon, running };
}

/** The window's values as the parameters $2–$5 of the cube SQL. */
export function windowParameters(window: FoldWindow): [string, string, string[], string[]] {
  return [String(window.watermark), String(window.horizon), window.pending.map(String), window.running.map(String)];
}
