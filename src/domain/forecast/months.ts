// Calendar months in UTC. The forecast works in whole calendar months; a month is
// named by its key, "YYYY-MM".

export const DAY_MS = 86_400_000;
/** The mean length of a month in days (365.25 / 12). */
export const MONTH_DAYS = 30.4375;

export function monthStartOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
}

export function addMonths(monthStart: Date, count: number): Date {
  return new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + count, 1));
}

export function monthKey(instant: Date): string {
  return `${instant.getUTCFullYear()}-${String(instant.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Whole calendar months from `from`'s month to `to`'s month (0 for the same month). */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** Parses "YYYY-MM" into the month's first instant, or null. */
export function parseMonthKey(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(Number(match[1]), month - 1, 1));
}
