import { localDateOf, monthKey, monthRangeInZone } from '@/domain/calendar';
import { PacingError } from './pacing-error';
import {
  businessHoursOn,
  checkCalendar,
  formatLocalDate,
  listWorkingDays,
  toMonthStart,
  type CheckedCalendar,
  type MonthInput,
  type OfficeCalendar,
} from './working-days';

// How far through a month's working time an office is at an instant. Everything is read
// in the office's own time zone: a working day that ended locally counts as one, the
// current working day counts by the share of its local business hours gone, and
// weekends and holidays count for nothing.

/**
 * Working days of the month gone by at `now`, from 0 to the number of working days: each
 * working day before today's local date counts 1, today (when a working day) counts the
 * share of its business hours gone — 0 before they start, 1 after they end, linear in
 * elapsed time in between — and later days count 0.
 *
 * "Linear in elapsed time" matters only when business hours span a daylight-saving
 * change (say 00:00 to 24:00): such a day lasts 23 or 25 hours and the share grows
 * evenly over them, so it never goes backwards when the clocks do.
 */
export function workingDaysElapsed(calendar: OfficeCalendar, month: MonthInput, now: Date): number {
  return measureMonth(checkCalendar(calendar), toMonthStart(month), checkInstant(now)).elapsed;
}

/**
 * The share of the month's working days that has passed at `now` in the office's time
 * zone, from 0 to 1. It is 0 before the month starts locally and 1 from the moment it
 * ends. It never falls as `now` moves on. A month without a single working day (every
 * weekday a holiday) has pace 0 until it ends.
 */
export function paceAt(calendar: OfficeCalendar, month: MonthInput, now: Date): number {
  return paceOf(checkCalendar(calendar), toMonthStart(month), checkInstant(now));
}

/**
 * The goal divided by the month's working days, in minor units. Not rounded: $116,000
 * over 20 working days is exactly 580_000 cents, but 100_000 over 21 days is
 * 4761.904…; round only where it is shown. Throws INVALID_INPUT when the month has no
 * working days, because there is no burn per working day to speak of.
 */
export function idealBurnPerWorkingDay(goalMinor: number, calendar: OfficeCalendar, month: MonthInput): number {
  const checked = checkCalendar(calendar);
  const monthStart = toMonthStart(month);
  const workingDays = listWorkingDays(checked, monthStart).length;
  if (workingDays === 0) {
    throw new PacingError('INVALID_INPUT', `${checked.timeZone} has no working days in ${monthKey(monthStart)}.`);
  }
  return goalMinor / workingDays;
}

/** `paceAt` for a checked calendar and month (for callers inside this module). */
export function paceOf(calendar: CheckedCalendar, monthStart: Date, now: Date): number {
  const { elapsed, total, isMonthOver } = measureMonth(calendar, monthStart, now);
  if (total === 0) return isMonthOver ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / total));
}

function measureMonth(calendar: CheckedCalendar, monthStart: Date, now: Date) {
  const workingDays = listWorkingDays(calendar, monthStart);
  const total = workingDays.length;
  const { start, end } = monthRangeInZone(monthStart, calendar.timeZone);
  if (now.getTime() < start.getTime()) return { elapsed: 0, total, isMonthOver: false };
  if (now.getTime() >= end.getTime()) return { elapsed: total, total, isMonthOver: true };
  const today = formatLocalDate(localDateOf(now, calendar.timeZone));
  let elapsed = 0;
  for (const date of workingDays) {
    if (date < today) elapsed += 1;
    else if (date === today) elapsed += shareOfBusinessHoursGone(calendar, date, now);
  }
  return { elapsed, total, isMonthOver: false };
}

function shareOfBusinessHoursGone(calendar: CheckedCalendar, date: string, now: Date): number {
  const { start, end } = businessHoursOn(calendar, date);
  const time = now.getTime();
  if (time <= start.getTime()) return 0;
  if (time >= end.getTime()) return 1;
  return (time - start.getTime()) / (end.getTime() - start.getTime());
}

export function checkInstant(now: Date): Date {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new PacingError('INVALID_INPUT', `"now" must be a valid instant (got ${String(now)}).`);
  }
  return now;
}
