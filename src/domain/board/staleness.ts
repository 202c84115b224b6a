import type { TDealStage } from '@/schemas/deal';

// How long a deal has sat in its column, and whether that is long enough to flag it.
// Days are whole 24-hour periods since the deal entered the column, not calendar days
// in an office's zone: a card moved at 23:00 is not "1 day" old an hour later.

/** The threshold a team uses unless it sets its own (Team.staleAfterDays). */
export const defaultStaleAfterDays = 14;

const millisecondsPerDay = 24 * 60 * 60 * 1000;

/** Whole days since the deal entered its column; never negative (clocks can disagree). */
export function daysInColumn(stageChangedAt: Date, now: Date): number {
  const elapsed = now.getTime() - stageChangedAt.getTime();
  if (!(elapsed > 0)) return 0;
  return Math.floor(elapsed / millisecondsPerDay);
}

/** An open, undeleted deal that has sat in its column for at least `staleAfterDays`. */
export function isStale(
  deal: { stage: TDealStage; stageChangedAt: Date; deletedAt?: Date | null },
  staleAfterDays: number,
  now: Date,
): boolean {
  if (deal.stage === 'COMPLETED' || deal.deletedAt) return false;
  return daysInColumn(deal.stageChangedAt, now) >= staleAfterDays;
}

/** "today", "1 day", "12 days". */
export function formatTimeInColumn(days: number): string {
  const wholeDays = Number.isFinite(days) ? Math.max(0, Math.floor(days)) : 0;
  if (wholeDays === 0) return 'today';
  return wholeDays === 1 ? '1 day' : `${wholeDays} days`;
}
