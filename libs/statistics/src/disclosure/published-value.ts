/**
 * Why a figure is not shown: its group (or count) is under the threshold, or it is hidden so
 * that another hidden figure cannot be worked out from the totals.
 */
export type SuppressionReason = 'below_threshold' | 'complementary';

export interface Suppressed {
  readonly suppressed: true;
  readonly reason: SuppressionReason;
}

/** What the API, Excel exports and charts show in place of a figure. */
export type PublishedValue<T = number> = { readonly value: T } | Suppressed;

export function isSuppressed(published: PublishedValue<unknown>): published is Suppressed {
  return 'suppressed' in published;
}

export function suppressedFor(reason: SuppressionReason): Suppressed {
  return { suppressed: true, reason };
}

/**
 * Shows a figure derived from a protected count (its percent, a mean of the same group) exactly
 * when the count itself is shown, so every figure of a hidden group is hidden the same way.
 */
export function publishFigure<T>(protectedCount: PublishedValue<unknown>, figure: T): PublishedValue<T> {
  return isSuppressed(protectedCount) ? protectedCount : { value: figure };
}
