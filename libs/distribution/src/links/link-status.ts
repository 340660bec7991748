/** Whether a link can be answered now, and if not, why. Pure. */

export type LinkStatus = 'open' | 'not_open_yet' | 'closed' | 'paused' | 'full';

export interface LinkSchedule {
  opensAt: Date;
  closesAt: Date;
  paused: boolean;
  responseCap: number | null;
}

/**
 * A closed link is closed whatever else is true; one that has not opened says so before it says
 * it is paused; "full" needs the count, so callers without it pass undefined.
 */
export function linkStatus(link: LinkSchedule, now: Date, responsesCounted?: number): LinkStatus {
  if (now.getTime() >= link.closesAt.getTime()) return 'closed';
  if (now.getTime() < link.opensAt.getTime()) return 'not_open_yet';
  if (link.paused) return 'paused';
  if (link.responseCap !== null && responsesCounted !== undefined && responsesCounted >= link.responseCap) return 'full';
  return 'open';
}
