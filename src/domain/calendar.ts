// Calendar arithmetic in an office's own time zone. Instants stay UTC; a calendar day
// or month is represented as the UTC midnight of that local date (how DATE columns
// come back from the database).

export type LocalDate = { year: number; month: number; day: number };

// Building an Intl.DateTimeFormat costs far more than using one, and pacing asks for
// thousands of conversions, so one formatter is kept per zone.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function dateTimeFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateTimeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    dateTimeFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date that an instant falls on in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const parts = dateFormatter(timeZone).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day') };
}

/** The first day of the month an instant falls in, locally, as a UTC-midnight Date. */
export function monthStartInZone(instant: Date, timeZone: string): Date {
  const { year, month } = localDateOf(instant, timeZone);
  return new Date(Date.UTC(year, month - 1, 1));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A month as the office would write it, e.g. "November 2026". */
const monthFormatters = new Map<string, Intl.DateTimeFormat>();

export function formatMonth(monthStart: Date, locale: string): string {
  let formatter = monthFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormatters.set(locale, formatter);
  }
  return formatter.format(monthStart);
}

/** The wall-clock time in a time zone at an instant (to the second), written as if it were UTC, in milliseconds since the epoch. */
export function wallClockAsUtc(instant: Date, timeZone: string): number {
  const parts = dateTimeFormatter(timeZone).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
}

/** How far a time zone is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  return wallClockAsUtc(instant, timeZone) - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a local wall-clock time occurs in a time zone. A time skipped by a
 * daylight-saving jump resolves to the instant just after the jump.
 */
export function zonedTimeToInstant(
  local: LocalDate & { minutes?: number },
  timeZone: string,
): Date {
  const wallClock = Date.UTC(local.year, local.month - 1, local.day) + (local.minutes ?? 0) * 60_000;
  let guess = wallClock - zoneOffsetMs(new Date(wallClock), timeZone);
  // A second pass settles instants near a daylight-saving change.
  guess = wallClock - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The half-open range of instants [start, end) of a calendar month in a time zone. */
export function monthRangeInZone(monthStart: Date, timeZone: string): { start: Date; end: Date } {
  const year = monthStart.getUTCFullYear();
  const month = monthStart.getUTCMonth() + 1;
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    start: zonedTimeToInstant({ year, month, day: 1 }, timeZone),
    end: zonedTimeToInstant({ ...next, day: 1 }, timeZone),
  };
}

/** "2026-11" for the month starting at a UTC-midnight Date. */
export function monthKey(monthStart: Date): string {
  return monthStart.toISOString().slice(0, 7);
}

/** The years a month key may name (the same range as calendar dates in src/schemas/primitives.ts). */
export const earliestMonthYear = 1970;
export const latestMonthYear = 2200;

/** The UTC-midnight first day of a "YYYY-MM" month, or null when it is malformed. */
export function parseMonthKey(key: string): Date | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  // Date.UTC reads years 0 to 99 as 1900 to 1999: a month outside these years is refused.
  if (year < earliestMonthYear || year > latestMonthYear) return null;
  return new Date(Date.UTC(year, Number(match[2]) - 1, 1));
}
