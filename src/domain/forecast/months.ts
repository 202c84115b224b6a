// Calendar months in UTC. The forecast works in whole calendar months; a month is
// named by its key, "YYYY-MM".

// Month keys are read and written by the one calendar module (the forecast used to keep
// copies of these two): the same key for an instant, the same years accepted.
export { monthKey, parseMonthKey } from '@/domain/calendar';

export const DAY_MS = 86_400_000;
/** The mean length of a month in days (365.25 / 12). */
export const MONTH_DAYS = 30.4375;

export function monthStartOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
}

export function addMonths(monthStart: Date, count: number): Date {
  return new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + count, 1));
}

/** Whole calendar months from `from`'s month to `to`'s month (0 for the same month). */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
