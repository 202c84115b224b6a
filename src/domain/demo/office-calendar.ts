// Local calendar days and wall-clock times of an office, for placing demo activity on
// working days in business hours. A calendar day is a whole number: days since
// 1970-01-01, whose UTC midnight stands for that local date.

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

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time in `timeZone` at an instant, written as if it were UTC. */
function wallClockAt(instant: number, timeZone: string): number {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** The local calendar day in `timeZone` at an instant. */
export function localDayAt(instant: Date, timeZone: string): number {
  return Math.floor(wallClockAt(instant.getTime(), timeZone) / dayLength);
}

/** The local minute of the day (0 to 1439) in `timeZone` at an instant. */
export function localMinuteAt(instant: Date, timeZone: string): number {
  return Math.floor((wallClockAt(instant.getTime(), timeZone) % dayLength) / 60_000);
}

/** The instant at which the wall clock in `timeZone` shows `secondOfDay` on `day`. */
export function localTimeToInstant(day: number, secondOfDay: number, timeZone: string): Date {
  const wallClock = day * dayLength + secondOfDay * 1000;
  const wholeSeconds = (instant: number) => Math.floor(instant / 1000) * 1000;
  // Two rounds settle the offset even when the first guess lands across a DST change.
  let instant = wallClock - (wallClockAt(wallClock, timeZone) - wholeSeconds(wallClock));
  instant = wallClock - (wallClockAt(instant, timeZone) - wholeSeconds(instant));
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
