export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export const DEFAULT_CONFIDENCE_LEVEL = 0.95;

export function assertConfidenceLevel(confidenceLevel: number): void {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new RangeError(`The confidence level must be between 0 and 1, got ${confidenceLevel}`);
}
