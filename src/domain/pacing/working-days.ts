import { isValidTimeZone, monthKey, parseMonthKey, zonedTimeToInstant, type LocalDate } from '@/domain/calendar';
import { PacingError } from './pacing-error';

// An office's working calendar: which local days count towards a month's pace, and which
// local hours of those days. Weekends are Saturday and Sunday in every office; public
// holidays are listed per office as local dates. A local date is written YYYY-MM-DD,
// which also sorts in calendar order, so two dates compare as strings.

export type OfficeCalendar = {
  /** IANA time zone, e.g. America/New_York. */
  timeZone: string;
  /** Start of local business hours in minutes after midnight; 540 (09:00) when absent. */
  businessDayStart?: number;
  /** End of local business hours in minutes after midnight; 1020 (17:00) when absent. */
  businessDayEnd?: number;
  /** Public holidays as local dates, YYYY-MM-DD. */
  holidays: readonly string[];
};

export const defaultBusinessDayStart = 540;
export const defaultBusinessDayEnd = 1020;
const minutesInDay = 1440;

/** A month: the UTC midnight of its first day (how DATE columns come back) or "YYYY-MM". */
export type MonthInput = Date | string;

/** An office calendar that has been checked, with its defaults filled in. */
export type CheckedCalendar = {
  timeZone: string;
  businessDayStart: number;
  businessDayEnd: number;
  holidays: ReadonlySet<string>;
};

/**
 * Checks a calendar once and fills in its defaults. Throws INVALID_INPUT for an unknown
 * time zone, business hours outside 0..1440 or ending before they start, or a holiday
 * that is not a real YYYY-MM-DD date.
 */
export function checkCalendar(calendar: OfficeCalendar): CheckedCalendar {
  const { timeZone } = calendar;
  if (!isValidTimeZone(timeZone)) throw new PacingError('INVALID_INPUT', `"${timeZone}" is not a known time zone.`);
  const businessDayStart = calendar.businessDayStart ?? defaultBusinessDayStart;
  const businessDayEnd = calendar.businessDayEnd ?? defaultBusinessDayEnd;
  const isMinuteOfDay = (minutes: number) => Number.isInteger(minutes) && minutes >= 0 && minutes <= minutesInDay;
  if (!isMinuteOfDay(businessDayStart) || !isMinuteOfDay(businessDayEnd) || businessDayStart >= businessDayEnd) {
    throw new PacingError(
      'INVALID_INPUT',
      `Business hours in ${timeZone} must start before they end, within the day (got minutes ${businessDayStart} to ${businessDayEnd}).`,
    );
  }
  for (const holiday of calendar.holidays) {
    if (parseLocalDate(holiday) === null) {
      throw new PacingError('INVALID_INPUT', `Holiday "${holiday}" in ${timeZone} is not a date written YYYY-MM-DD.`);
    }
  }
  return { timeZone, businessDayStart, businessDayEnd, holidays: new Set(calendar.holidays) };
}

/** The UTC-midnight first day of a month given either way. Throws INVALID_INPUT otherwise. */
export function toMonthStart(month: MonthInput): Date {
  if (typeof month === 'string') {
    const start = parseMonthKey(month);
    if (start === null) throw new PacingError('INVALID_INPUT', `"${month}" is not a month written YYYY-MM.`);
    return start;
  }
  const time = month.getTime();
  if (Number.isNaN(time) || month.getUTCDate() !== 1 || time % 86_400_000 !== 0) {
    throw new PacingError('INVALID_INPUT', `A month must be the UTC midnight of its first day (got ${String(month)}).`);
  }
  return new Date(time);
}

export function formatLocalDate(date: LocalDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** A YYYY-MM-DD date that exists on the calendar, or null. */
export function parseLocalDate(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const asUtc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const exists = asUtc.getUTCMonth() === date.month - 1 && asUtc.getUTCDate() === date.day;
  return exists ? date : null;
}

/** Every local date of the month, first to last. */
export function daysOfMonth(month: MonthInput): string[] {
  const start = toMonthStart(month);
  const year = start.getUTCFullYear();
  const monthNumber = start.getUTCMonth() + 1;
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return Array.from({ length }, (_, index) => formatLocalDate({ year, month: monthNumber, day: index + 1 }));
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(calendar: OfficeCalendar | CheckedCalendar, date: string): boolean {
  const { holidays } = calendar;
  const isHoliday = 'has' in holidays ? holidays.has(date) : holidays.includes(date);
  return !isWeekend(date) && !isHoliday;
}

/** The month's working days in the office's calendar (local dates, first to last). */
export function workingDaysInMonth(calendar: OfficeCalendar, month: MonthInput): string[] {
  return listWorkingDays(checkCalendar(calendar), toMonthStart(month));
}

/** `workingDaysInMonth` for a calendar already checked (for loops inside this module). */
export function listWorkingDays(calendar: CheckedCalendar, monthStart: Date): string[] {
  return daysOfMonth(monthStart).filter((date) => isWorkingDay(calendar, date));
}

/**
 * The instants a local date's business hours start and end. On a daylight-saving day the
 * local hours are kept, so they last one hour more or less than usual when they span the
 * change; a start or end that falls in a skipped hour moves to just after the jump.
 */
export function businessHoursOn(calendar: CheckedCalendar, date: string): { start: Date; end: Date } {
  const local = parseLocalDate(date);
  if (local === null) throw new PacingError('INVALID_INPUT', `"${date}" is not a date written YYYY-MM-DD.`);
  return {
    start: zonedTimeToInstant({ ...local, minutes: calendar.businessDayStart }, calendar.timeZone),
    end: zonedTimeToInstant({ ...local, minutes: calendar.businessDayEnd }, calendar.timeZone),
  };
}

/** The month key ("2026-11") of a month given either way. */
export function monthKeyOf(month: MonthInput): string {
  return monthKey(toMonthStart(month));
}
