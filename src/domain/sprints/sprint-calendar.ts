import { localDateOf, zonedTimeToInstant } from '@/domain/calendar';
import { daysOfMonth, formatLocalDate, parseLocalDate, toMonthStart, type MonthInput } from '@/domain/pacing/working-days';

// A month's forecast cycle is cut into one-week sprints per office. Weeks start on
// Monday in the office's zone, and the partial weeks at either edge of the month belong
// to that month, so a sprint never crosses a month boundary. A month that starts on a
// Saturday or Sunday would otherwise open with a sprint of weekend days only; those days
// join the first full week instead.

export type SprintWindow = {
  /** 1 for the month's first sprint. */
  number: number;
  /** First local day, YYYY-MM-DD. */
  startsOn: string;
  /** Last local day, YYYY-MM-DD (inclusive). */
  endsOn: string;
  /** Local midnight at the start of startsOn, as an instant. */
  startsAt: Date;
  /** Local midnight after endsOn, as an instant: the window is [startsAt, endsAt). */
  endsAt: Date;
};

function weekdayOf(date: string): number {
  // 0 = Monday … 6 = Sunday
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function nextDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

function localMidnight(date: string, timeZone: string): Date {
  const local = parseLocalDate(date);
  if (!local) throw new RangeError(`${date} is not a calendar date`);
  return zonedTimeToInstant(local, timeZone);
}

/** The month's sprints in order, covering every day of the month exactly once. */
export function sprintsOfMonth(month: MonthInput, timeZone: string): SprintWindow[] {
  const days = daysOfMonth(toMonthStart(month));
  const weeks: string[][] = [];
  for (const day of days) {
    if (weeks.length === 0 || weekdayOf(day) === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push(day);
  }
  // A leading fragment of weekend days only (the 1st is a Saturday or Sunday).
  if (weeks.length > 1 && weeks[0]!.every((day) => weekdayOf(day) >= 5)) {
    const [first, second] = weeks.splice(0, 2);
    weeks.unshift([...first!, ...second!]);
  }
  return weeks.map((week, index) => {
    const startsOn = week[0]!;
    const endsOn = week[week.length - 1]!;
    return {
      number: index + 1,
      startsOn,
      endsOn,
      startsAt: localMidnight(startsOn, timeZone),
      endsAt: localMidnight(nextDay(endsOn), timeZone),
    };
  });
}

/** The month (UTC-midnight first day) and sprint an instant falls in, in a zone. */
export function sprintAt(instant: Date, timeZone: string): { month: Date; sprint: SprintWindow } {
  const local = localDateOf(instant, timeZone);
  const month = new Date(Date.UTC(local.year, local.month - 1, 1));
  const today = formatLocalDate(local);
  const sprint = sprintsOfMonth(month, timeZone).find((window) => window.startsOn <= today && today <= window.endsOn);
  if (!sprint) throw new RangeError(`no sprint holds ${today}`);
  return { month, sprint };
}

/** Whether an instant falls inside a sprint's window. */
export function isWithinSprint(instant: Date, sprint: Pick<SprintWindow, 'startsAt' | 'endsAt'>): boolean {
  const time = instant.getTime();
  return time >= sprint.startsAt.getTime() && time < sprint.endsAt.getTime();
}
