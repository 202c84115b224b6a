import { dateFormatter } from '@/components/board/board-format';
import type { TCommitmentGoal, TCommitmentStatus, TRetroNoteKind, TSprint } from '@/schemas/sprint';

// Words and dates for the sprint pages, in the office's own locale and time zone. Pure:
// the components only lay these out.

export const commitmentStatusLabels: Record<TCommitmentStatus, string> = { met: 'Met', missed: 'Missed', open: 'Open' };
export const commitmentGoalLabels: Record<TCommitmentGoal, string> = { ADVANCE: 'Move on', CLOSE: 'Close' };
export const noteKindLabels: Record<TRetroNoteKind, string> = { WENT_WELL: 'Went well', TO_IMPROVE: 'To improve' };


function calendarDay(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

/** A sprint's days, "16–22 Nov" (en-GB) or "Nov 16 – 22" (en-US); a one-day sprint is one date. */
export function formatSprintDates(startsOn: string, endsOn: string, locale: string): string {
  const format = dateFormatter(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  if (startsOn === endsOn) return format.format(calendarDay(startsOn));
  // ICU spaces the dash ("16 – 22 Nov"); between two day numbers it reads better closed up.
  return format.formatRange(calendarDay(startsOn), calendarDay(endsOn)).replace(/(\d)\s*–\s*(\d)/u, '$1–$2');
}

/** "Sprint 3 · 16–22 Nov". */
export function formatSprintLabel(sprint: Pick<TSprint, 'number' | 'startsOn' | 'endsOn'>, locale: string): string {
  return `Sprint ${sprint.number} · ${formatSprintDates(sprint.startsOn, sprint.endsOn, locale)}`;
}

/** A month key (YYYY-MM) as "November 2026". */
export function formatLongMonth(month: string, locale: string): string {
  const date = calendarDay(`${month}-01`);
  if (Number.isNaN(date.getTime())) return month;
  return dateFormatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A calendar date (YYYY-MM-DD) as "Mon 30 Nov". */
export function formatDay(date: string, locale: string): string {
  const value = calendarDay(date);
  if (Number.isNaN(value.getTime())) return date;
  return dateFormatter(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(value);
}

/** An instant's time of day in the office: "14:05" (or "2:05 PM" where the locale says so). */
export function formatTimeOfDay(instant: string, locale: string, timeZone: string): string {
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  return dateFormatter(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(value);
}

/** A calendar date `days` later (or earlier), YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(calendarDay(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An action item agreed in a retrospective is due by the end of the next sprint. */
export function defaultDueDate(sprint: Pick<TSprint, 'endsOn'>): string {
  return addDays(sprint.endsOn, 7);
}

/** Whole days from an instant to now, never negative: how long a deal has sat in its column. */
export function daysSince(instant: string, now: Date): number {
  const then = new Date(instant).getTime();
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * "3 met · 1 missed" or "1 met · 1 missed · 3 open": met, missed and open apart, so a
 * running sprint never reads as if its open commitments were met. Parts that are zero
 * are left out; "No commitments" when none was made.
 */
export function describeCommitmentsMet(made: number, met: number, missed: number): string {
  if (made === 0) return 'No commitments';
  const open = Math.max(0, made - met - missed);
  const parts = [
    met > 0 ? `${met} met` : null,
    missed > 0 ? `${missed} missed` : null,
    open > 0 ? `${open} open` : null,
  ].filter((part): part is string => part !== null);
  return parts.join(' · ');
}

/** Share of decided commitments that were met, in percent; null when none is decided. */
export function percentMet(met: number, missed: number): number | null {
  const decided = met + missed;
  return decided === 0 ? null : Math.round((met / decided) * 100);
}

/** The month keys (YYYY-MM) of the `count` months before `currentMonth`, newest first. */
export function previousMonths(currentMonth: string, count: number): string[] {
  const [year, month] = currentMonth.split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let back = 1; back <= count; back += 1) {
    const date = new Date(Date.UTC(year, month - 1 - back, 1));
    keys.push(date.toISOString().slice(0, 7));
  }
  return keys;
}

/** The office's last day before an exclusive end instant (a sprint's endsAt): "Sun 8 Nov". */
export function formatLastDayBefore(endInstant: string, locale: string, timeZone: string): string {
  const value = new Date(Date.parse(endInstant) - 1);
  if (Number.isNaN(value.getTime())) return endInstant;
  return dateFormatter(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(value);
}
