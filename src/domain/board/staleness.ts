import type { TDealStage } from '@/schemas/deal';
import { localDateOf } from '@/domain/calendar';

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

const millisecondsPerCalendarDay = 86_400_000;

/**
 * Calendar days from the day a deal entered its column to today, both read in the
 * office's zone: a card moved yesterday evening is one day old this morning, even though
 * fewer than 24 hours have passed (the card's tooltip names yesterday's date). Never negative.
 */
export function calendarDaysInColumn(stageChangedAt: Date, now: Date, timeZone: string): number {
  if (!(now.getTime() > stageChangedAt.getTime())) return 0;
  const entered = localDateOf(stageChangedAt, timeZone);
  const today = localDateOf(now, timeZone);
  const days = (Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(entered.year, entered.month - 1, entered.day)) / millisecondsPerCalendarDay;
  return Number.isFinite(days) ? Math.max(0, Math.round(days)) : 0;
}

/** How long a card has been in its column, in the office's days: "today", "since yesterday", "12 days". */
export function describeTimeInColumn(stageChangedAt: Date, now: Date, timeZone: string): string {
  const days = calendarDaysInColumn(stageChangedAt, now, timeZone);
  if (days === 0) return 'today';
  return days === 1 ? 'since yesterday' : `${days} days`;
}

/** A team's "stale after" days: one default and, optionally, its own number per open column. */
export type StaleThresholds = {
  staleAfterDays: number;
  byStage?: Partial<Record<TDealStage, number | null>> | null;
};

/** The threshold for a column: the column's own number, else the team's default. */
export function staleAfterDaysFor(stage: TDealStage, thresholds: StaleThresholds): number {
  const own = thresholds.byStage?.[stage];
  return typeof own === 'number' ? own : thresholds.staleAfterDays;
}

/**
 * When the deal was last worked: it entered its column, or someone logged an activity
 * on it (a call is work even though the card did not move).
 */
export function lastWorkedAt(deal: { stageChangedAt: Date; lastActivityAt?: Date | null }): Date {
  const activity = deal.lastActivityAt;
  return activity && activity.getTime() > deal.stageChangedAt.getTime() ? activity : deal.stageChangedAt;
}

/** Whole days since the deal was last worked, and whether that reaches its column's threshold. */
export function staleness(
  deal: { stage: TDealStage; stageChangedAt: Date; lastActivityAt?: Date | null; deletedAt?: Date | null },
  thresholds: StaleThresholds,
  now: Date,
): { idleDays: number; staleAfterDays: number; isStale: boolean } {
  const staleAfterDays = staleAfterDaysFor(deal.stage, thresholds);
  const idleDays = daysInColumn(lastWorkedAt(deal), now);
  const isOpen = deal.stage !== 'COMPLETED' && !deal.deletedAt;
  return { idleDays, staleAfterDays, isStale: isOpen && idleDays >= staleAfterDays };
}
