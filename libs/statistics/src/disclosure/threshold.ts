/** The smallest group (or count) a study may show; a study setting. */
export const DEFAULT_THRESHOLD = 5;

export function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`The threshold must be a whole number of 1 or more, got ${threshold}`);
}

/** 0 is shown: an empty group or an unchosen option says nothing about anyone. */
export function isBelowThreshold(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}
