// Calendar arithmetic in an office's own time zone. Instants stay UTC; a calendar day
// or month is represented as the UTC midnight of that local date (how DATE columns
// come back from the database).

export type LocalDate = { year: number; month: number; day: number };

/** The calendar date that an instant falls on in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
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
export function formatMonth(monthStart: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(monthStart);
}
