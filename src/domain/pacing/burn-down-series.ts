import { monthRangeInZone, zonedTimeToInstant } from '@/domain/calendar';
import type { ClosedWonEntry } from './deal-contributions';
import { checkInstant } from './pace';
import { checkCalendar, daysOfMonth, isWorkingDay, toMonthStart, type MonthInput, type OfficeCalendar } from './working-days';

// The burn-down chart of one scope for one month: one point per local calendar day,
// each read at the end of that day in the office's time zone. All amounts are whole
// minor units in the scope's currency.

export type BurnDownPoint = {
  /** Local date, YYYY-MM-DD. */
  date: string;
  isWorkingDay: boolean;
  /**
   * The goal still to win at the end of the day at an even pace per working day: goal ×
   * (working days left after this day) ÷ (working days in the month), rounded. It holds
   * still over weekends and holidays and reaches 0 on the last working day.
   */
  idealRemainingMinor: number;
  /**
   * Goal − closed-won up to the end of the day (below 0 once the goal is beaten); null
   * for days that have not started at `now`.
   */
  actualRemainingMinor: number | null;
  /**
   * A straight line from today's actual remaining to goal − projection on the month's
   * last day; null before today, and everywhere when `now` is outside the month.
   */
  projectedRemainingMinor: number | null;
};

export type BurnDownOptions = {
  calendar: OfficeCalendar;
  month: MonthInput;
  now: Date;
  goalMinor: number;
  /** The scope's won deals (see `closedWonEntries`); those outside the month are ignored. */
  closedWon: readonly ClosedWonEntry[];
  /** Where the month is heading: closed-won + weighted open (ScopeProgress.projectedMinor). */
  projectedMinor: number;
};

export function burnDownSeries(options: BurnDownOptions): BurnDownPoint[] {
  const calendar = checkCalendar(options.calendar);
  const monthStart = toMonthStart(options.month);
  const now = checkInstant(options.now).getTime();
  const { goalMinor } = options;
  const range = monthRangeInZone(monthStart, calendar.timeZone);
  const dates = daysOfMonth(monthStart);
  const year = monthStart.getUTCFullYear();
  const month = monthStart.getUTCMonth() + 1;
  const lastIndex = dates.length - 1;

  // Day i runs over [boundaries[i], boundaries[i + 1]).
  const boundaries = [
    range.start.getTime(),
    ...dates.slice(1).map((_, index) => zonedTimeToInstant({ year, month, day: index + 2 }, calendar.timeZone).getTime()),
    range.end.getTime(),
  ];
  const dayStart = (index: number) => boundaries[index] ?? range.end.getTime();
  const dayEnd = (index: number) => boundaries[index + 1] ?? range.end.getTime();

  const wins = options.closedWon
    .map((entry) => ({ time: entry.closedAt.getTime(), amountMinor: entry.amountMinor }))
    .filter((entry) => entry.time >= range.start.getTime() && entry.time < range.end.getTime())
    .sort((first, second) => first.time - second.time);

  const workingDayFlags = dates.map((date) => isWorkingDay(calendar, date));
  const workingDayCount = workingDayFlags.filter(Boolean).length;
  const isMonthUnderway = now >= range.start.getTime() && now < range.end.getTime();
  const todayIndex = isMonthUnderway ? dates.findIndex((_, index) => now < dayEnd(index)) : -1;

  const actualRemaining: (number | null)[] = [];
  let winIndex = 0;
  let wonSoFar = 0;
  let workingDaysPassed = 0;
  const points = dates.map((date, index): BurnDownPoint => {
    if (workingDayFlags[index]) workingDaysPassed += 1;
    while (winIndex < wins.length && (wins[winIndex]?.time ?? Infinity) < dayEnd(index)) {
      wonSoFar += wins[winIndex]?.amountMinor ?? 0;
      winIndex += 1;
    }
    const actual = dayStart(index) <= now ? goalMinor - wonSoFar : null;
    actualRemaining.push(actual);
    return {
      date,
      isWorkingDay: workingDayFlags[index] ?? false,
      idealRemainingMinor: idealRemaining(goalMinor, workingDaysPassed, workingDayCount, index === lastIndex),
      actualRemainingMinor: actual,
      projectedRemainingMinor: null,
    };
  });

  if (todayIndex >= 0) {
    const fromMinor = actualRemaining[todayIndex] ?? goalMinor;
    const toMinor = goalMinor - options.projectedMinor;
    for (let index = todayIndex; index <= lastIndex; index += 1) {
      const point = points[index];
      if (!point) continue;
      point.projectedRemainingMinor =
        index === lastIndex ? toMinor : Math.round(fromMinor + ((toMinor - fromMinor) * (index - todayIndex)) / (lastIndex - todayIndex));
    }
  }
  return points;
}

/** A month without working days keeps its whole goal due until its last day. */
function idealRemaining(goalMinor: number, passed: number, total: number, isLastDay: boolean): number {
  if (total === 0) return isLastDay ? 0 : goalMinor;
  return Math.round((goalMinor * (total - passed)) / total);
}
