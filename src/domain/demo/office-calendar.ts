// Local calendar days and wall-clock times of an office, for placing demo activity on
// working days in business hours. A calendar day is a whole number: days since
// 1970-01-01, whose UTC midnight stands for that local date.

import { wallClockAsUtc, zoneOffsetMs } from '@/domain/calendar';

const dayLength = 86_400_000;

export function toDayNumber(date: Date): number {
  return Math.floor(date.getTime() / dayLength);
}

export function fromDayNumber(day: number): Date {
  return new Date(day * dayLength);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: number): number {
  return (day + 4) % 7;
}

/** The local calendar day in `timeZone` at an instant. */
export function localDayAt(instant: Date, timeZone: string): number {
  return Math.floor(wallClockAsUtc(instant, timeZone) / dayLength);
}

/** The local minute of the day (0 to 1439) in `timeZone` at an instant. */
export function localMinuteAt(instant: Date, timeZone: string): number {
  return Math.floor((wallClockAsUtc(instant, timeZone) % dayLength) / 60_000);
}

/** The instant at which the wall clock in `timeZone` shows `secondOfDay` on `day`. */
export function localTimeToInstant(day: number, secondOfDay: number, timeZone: string): Date {
  const wallClock = day * dayLength + secondOfDay * 1000;
  // Two rounds settle the offset even when the first guess lands across a DST change.
  let instant = wallClock - zoneOffsetMs(new Date(wallClock), timeZone);
  instant = wallClock - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

export type OfficeCalendar = {
  timeZone: string;
  holidayDays: ReadonlySet<number>;
};

export function isWorkingDayNumber(calendar: OfficeCalendar, day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !calendar.holidayDays.has(day);
}

/** Working days from `firstDay` to `lastDay`, both included. */
export function listWorkingDayNumbers(calendar: OfficeCalendar, firstDay: number, lastDay: number): number[] {
  const days: number[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) if (isWorkingDayNumber(calendar, day)) days.push(day);
  return days;
}

/** `day` itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(calendar: OfficeCalendar, day: number): number {
  let result = day;
  while (!isWorkingDayNumber(calendar, result)) result -= 1;
  return result;
}

/** `day` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(calendar: OfficeCalendar, day: number): number {
  let result = day;
  while (!isWorkingDayNumber(calendar, result)) result += 1;
  return result;
}
