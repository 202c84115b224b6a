import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthRangeInZone, zonedTimeToInstant } from '@/domain/calendar';
import { burnDownSeries, type BurnDownOptions } from './burn-down-series';
import type { OfficeCalendar } from './working-days';

const newYork: OfficeCalendar = { timeZone: 'America/New_York', holidays: [] };
const at = (timeZone: string, date: string, hour: number, minute = 0) => {
  const [year, month, day] = date.split('-').map(Number);
  return zonedTimeToInstant({ year: year ?? 0, month: month ?? 0, day: day ?? 0, minutes: hour * 60 + minute }, timeZone);
};

// June 2014 in New York: Sunday 1 to Monday 30, 21 working days. A goal of 2,100,000
// burns 100,000 per working day.
const june2014: BurnDownOptions = {
  calendar: newYork,
  month: '2014-06',
  now: at('America/New_York', '2014-06-13', 15),
  goalMinor: 2_100_000,
  closedWon: [
    { closedAt: at('America/New_York', '2014-06-03', 10), amountMinor: 300_000 },
    // 23:30 on Thursday 12th is Friday in UTC; it still burns on the 12th.
    { closedAt: at('America/New_York', '2014-06-12', 23, 30), amountMinor: 200_000 },
    { closedAt: at('America/New_York', '2014-05-30', 12), amountMinor: 999_999 },
  ],
  projectedMinor: 1_500_000,
};
const pointOn = (points: ReturnType<typeof burnDownSeries>, date: string) => points.find((point) => point.date === date);

describe('burnDownSeries', () => {
  it('has one point per local calendar day, marking working days', () => {
    const points = burnDownSeries(june2014);
    expect(points).toHaveLength(30);
    expect(points[0]).toMatchObject({ date: '2014-06-01', isWorkingDay: false });
    expect(points[1]).toMatchObject({ date: '2014-06-02', isWorkingDay: true });
    expect(points.filter((point) => point.isWorkingDay)).toHaveLength(21);
  });

  it('burns the ideal line evenly over working days, reaching 0 on the last one', () => {
    const points = burnDownSeries(june2014);
    expect(points.map((point) => point.idealRemainingMinor).slice(0, 9)).toEqual([
      2_100_000, 2_000_000, 1_900_000, 1_800_000, 1_700_000, 1_600_000, 1_600_000, 1_600_000, 1_500_000,
    ]);
    expect(pointOn(points, '2014-06-13')?.idealRemainingMinor).toBe(1_100_000);
    expect(pointOn(points, '2014-06-27')?.idealRemainingMinor).toBe(100_000);
    expect(pointOn(points, '2014-06-30')?.idealRemainingMinor).toBe(0);
  });

  it('holds the ideal line still over a holiday and ends on the last working day', () => {
    const withHolidays = { ...newYork, holidays: ['2014-06-30'] };
    // 20 working days now: 100,000 a day from a goal of 2,000,000.
    const points = burnDownSeries({ ...june2014, calendar: withHolidays, goalMinor: 2_000_000 });
    expect(pointOn(points, '2014-06-02')?.idealRemainingMinor).toBe(1_900_000);
    expect(pointOn(points, '2014-06-26')?.idealRemainingMinor).toBe(100_000);
    expect(pointOn(points, '2014-06-27')?.idealRemainingMinor).toBe(0);
    expect(pointOn(points, '2014-06-30')).toMatchObject({ isWorkingDay: false, idealRemainingMinor: 0 });
  });

  it('burns actual wins on the local day they closed, up to today', () => {
    const points = burnDownSeries(june2014);
    expect(pointOn(points, '2014-06-02')?.actualRemainingMinor).toBe(2_100_000);
    expect(pointOn(points, '2014-06-03')?.actualRemainingMinor).toBe(1_800_000);
    expect(pointOn(points, '2014-06-11')?.actualRemainingMinor).toBe(1_800_000);
    expect(pointOn(points, '2014-06-12')?.actualRemainingMinor).toBe(1_600_000);
    expect(pointOn(points, '2014-06-13')?.actualRemainingMinor).toBe(1_600_000);
    expect(pointOn(points, '2014-06-14')?.actualRemainingMinor).toBeNull();
    expect(pointOn(points, '2014-06-30')?.actualRemainingMinor).toBeNull();
  });

  it('projects a straight line from today to goal minus the projection on the last day', () => {
    const points = burnDownSeries(june2014);
    expect(pointOn(points, '2014-06-12')?.projectedRemainingMinor).toBeNull();
    // From 1,600,000 on the 13th to 2,100,000 − 1,500,000 = 600,000 on the 30th: 17 steps.
    expect(pointOn(points, '2014-06-13')?.projectedRemainingMinor).toBe(1_600_000);
    expect(pointOn(points, '2014-06-14')?.projectedRemainingMinor).toBe(Math.round(1_600_000 - 1_000_000 / 17));
    expect(pointOn(points, '2014-06-30')?.projectedRemainingMinor).toBe(600_000);
  });

  it('ends the projection at goal minus the projection when today is the last day', () => {
    const points = burnDownSeries({ ...june2014, now: at('America/New_York', '2014-06-30', 12) });
    expect(points.filter((point) => point.projectedRemainingMinor !== null)).toHaveLength(1);
    expect(pointOn(points, '2014-06-30')?.projectedRemainingMinor).toBe(600_000);
    expect(pointOn(points, '2014-06-30')?.actualRemainingMinor).toBe(1_600_000);
  });

  it('shows no actual or projection before the month, and no projection after it', () => {
    const before = burnDownSeries({ ...june2014, now: at('America/New_York', '2014-05-31', 23, 59) });
    expect(before.every((point) => point.actualRemainingMinor === null && point.projectedRemainingMinor === null)).toBe(true);
    const after = burnDownSeries({ ...june2014, now: at('America/New_York', '2014-07-01', 0) });
    expect(after.every((point) => point.actualRemainingMinor !== null && point.projectedRemainingMinor === null)).toBe(true);
    expect(after.at(-1)?.actualRemainingMinor).toBe(1_600_000);
  });

  it('goes below zero once the goal is beaten', () => {
    const points = burnDownSeries({ ...june2014, goalMinor: 400_000 });
    expect(pointOn(points, '2014-06-12')?.actualRemainingMinor).toBe(-100_000);
  });

  it('follows local days across a daylight-saving change', () => {
    // Sydney leaves summer time at 03:00 on Sunday 5 April 2026; London is in summer time.
    for (const timeZone of ['Australia/Sydney', 'Europe/London', 'America/New_York']) {
      const points = burnDownSeries({
        calendar: { timeZone, holidays: [] },
        month: '2026-04',
        now: at(timeZone, '2026-04-30', 23, 59),
        goalMinor: 1_000,
        closedWon: [
          { closedAt: at(timeZone, '2026-04-01', 0, 30), amountMinor: 1 },
          { closedAt: at(timeZone, '2026-04-05', 23, 30), amountMinor: 10 },
          { closedAt: at(timeZone, '2026-04-30', 23, 30), amountMinor: 100 },
          { closedAt: at(timeZone, '2026-05-01', 0, 30), amountMinor: 1_000 },
        ],
        projectedMinor: 111,
      });
      expect(pointOn(points, '2026-04-01')?.actualRemainingMinor).toBe(999);
      expect(pointOn(points, '2026-04-04')?.actualRemainingMinor).toBe(999);
      expect(pointOn(points, '2026-04-05')?.actualRemainingMinor).toBe(989);
      expect(pointOn(points, '2026-04-29')?.actualRemainingMinor).toBe(989);
      expect(pointOn(points, '2026-04-30')?.actualRemainingMinor).toBe(889);
    }
  });
});

describe('burnDownSeries (properties)', () => {
  it('never rises, starts within the goal and ends at 0 (ideal) or at goal minus all wins (actual)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney'),
        fc.integer({ min: 2024, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 31 * 86_400_000 }), fc.integer({ min: 0, max: 10_000_000 })), { maxLength: 10 }),
        (timeZone, year, month, goalMinor, wins) => {
          const monthStart = new Date(Date.UTC(year, month - 1, 1));
          const { start, end } = monthRangeInZone(monthStart, timeZone);
          const closedWon = wins.map(([offset, amountMinor]) => ({ closedAt: new Date(start.getTime() + offset), amountMinor }));
          const calendar = { timeZone, holidays: [] };
          const points = burnDownSeries({ calendar, month: monthStart, now: end, goalMinor, closedWon, projectedMinor: 0 });
          const ideal = points.map((point) => point.idealRemainingMinor);
          const actual = points.map((point) => point.actualRemainingMinor ?? Number.NaN);
          ideal.slice(1).forEach((value, index) => expect(value).toBeLessThanOrEqual(ideal[index] ?? Infinity));
          actual.slice(1).forEach((value, index) => expect(value).toBeLessThanOrEqual(actual[index] ?? Infinity));
          expect(ideal[0]).toBeLessThanOrEqual(goalMinor);
          expect(ideal.at(-1)).toBe(0);
          const wonInMonth = closedWon.filter((win) => win.closedAt < end).reduce((total, win) => total + win.amountMinor, 0);
          expect(actual.at(-1)).toBe(goalMinor - wonInMonth);
        },
      ),
      { numRuns: 30 },
    );
  });
});
