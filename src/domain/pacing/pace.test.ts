import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf, monthRangeInZone, zonedTimeToInstant } from '@/domain/calendar';
import { idealBurnPerWorkingDay, paceAt, workingDaysElapsed } from './pace';
import { isDomainError } from '@/domain/domain-error';
import { scopeProgress } from './scope-progress';
import { businessHoursOn, checkCalendar, formatLocalDate, workingDaysInMonth, type OfficeCalendar } from './working-days';

const newYork: OfficeCalendar = { timeZone: 'America/New_York', holidays: [] };
const at = (timeZone: string, date: string, hour: number, minute = 0) => {
  const [year, month, day] = date.split('-').map(Number);
  return zonedTimeToInstant({ year: year ?? 0, month: month ?? 0, day: day ?? 0, minutes: hour * 60 + minute }, timeZone);
};

describe('the published examples', () => {
  it('burns $5,800 per working day for a $116,000 month of 20 working days', () => {
    // February 2026 has exactly 20 weekdays.
    expect(idealBurnPerWorkingDay(11_600_000, newYork, '2026-02')).toBe(580_000);
    // June 2026 has 22 weekdays; two holidays leave 20.
    const withHolidays = { ...newYork, holidays: ['2026-06-19', '2026-06-26'] };
    expect(idealBurnPerWorkingDay(11_600_000, withHolidays, '2026-06')).toBe(580_000);
  });

  it('puts a team on pace at 47.6% by the end of Friday 13 June 2014, so 69% is ahead', () => {
    for (const endOfFriday of [at('America/New_York', '2014-06-13', 17), at('America/New_York', '2014-06-13', 23, 59)]) {
      expect(workingDaysInMonth(newYork, '2014-06')).toHaveLength(21);
      expect(workingDaysElapsed(newYork, '2014-06', endOfFriday)).toBe(10);
      const pace = paceAt(newYork, '2014-06', endOfFriday);
      expect(pace).toBeCloseTo(10 / 21, 12);

      const team = scopeProgress({ goalMinor: 11_600_000, closedWonMinor: 8_004_000, weightedOpenMinor: 0, pace });
      expect(Number(team.expectedPercent.toFixed(1))).toBe(47.6);
      expect(team.percentOfGoal).toBe(69);
      expect(team.status).toBe('ahead');
      expect(team.aheadBy).toBeCloseTo(69 - 47.619, 3);
    }
    // Nothing more passes over the weekend, until 09:00 on Monday.
    expect(workingDaysElapsed(newYork, '2014-06', at('America/New_York', '2014-06-16', 9))).toBe(10);
  });
});

describe('paceAt', () => {
  // June 2026: Monday 1 to Tuesday 30, 22 working days. Wednesday 10 is the 8th.
  it('counts the current working day by the share of business hours gone', () => {
    expect(workingDaysElapsed(newYork, '2026-06', at('America/New_York', '2026-06-10', 8, 59))).toBe(7);
    expect(workingDaysElapsed(newYork, '2026-06', at('America/New_York', '2026-06-10', 13))).toBe(7.5);
    expect(workingDaysElapsed(newYork, '2026-06', at('America/New_York', '2026-06-10', 15))).toBe(7.75);
    expect(workingDaysElapsed(newYork, '2026-06', at('America/New_York', '2026-06-10', 17, 1))).toBe(8);
    expect(paceAt(newYork, '2026-06', at('America/New_York', '2026-06-10', 13))).toBeCloseTo(7.5 / 22, 12);
  });

  it("uses the office's own business hours", () => {
    const mornings = { ...newYork, businessDayStart: 8 * 60, businessDayEnd: 12 * 60 };
    expect(workingDaysElapsed(mornings, '2026-06', at('America/New_York', '2026-06-10', 10))).toBe(7.5);
    expect(workingDaysElapsed(mornings, '2026-06', at('America/New_York', '2026-06-10', 13))).toBe(8);
  });

  it('does not move on a holiday or a weekend', () => {
    const withJuneteenth = { ...newYork, holidays: ['2026-06-19'] };
    // Thursday 18 is the 14th working day; the holiday and the weekend add nothing.
    for (const instant of [at('America/New_York', '2026-06-19', 13), at('America/New_York', '2026-06-21', 13)]) {
      expect(workingDaysElapsed(withJuneteenth, '2026-06', instant)).toBe(14);
      expect(paceAt(withJuneteenth, '2026-06', instant)).toBeCloseTo(14 / 21, 12);
    }
  });

  it('is 0 before the month and 1 after it', () => {
    expect(paceAt(newYork, '2026-06', at('America/New_York', '2026-05-29', 16))).toBe(0);
    expect(paceAt(newYork, '2026-06', at('America/New_York', '2026-06-01', 8))).toBe(0);
    expect(paceAt(newYork, '2026-06', at('America/New_York', '2026-06-30', 17))).toBe(1);
    expect(paceAt(newYork, '2026-06', at('America/New_York', '2026-07-15', 12))).toBe(1);
  });

  it('is 0 until the end of a month without working days', () => {
    const allHolidays = { ...newYork, holidays: workingDaysInMonth(newYork, '2026-02') };
    expect(paceAt(allHolidays, '2026-02', at('America/New_York', '2026-02-28', 23, 59))).toBe(0);
    expect(paceAt(allHolidays, '2026-02', at('America/New_York', '2026-03-01', 0))).toBe(1);
    try {
      idealBurnPerWorkingDay(100, allHolidays, '2026-02');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, 'pacing') && error.code).toBe('INVALID_INPUT');
    }
  });

  it('keeps local business hours on a working day whose clocks change', () => {
    // Cairo moved its clocks from 00:00 to 01:00 on Friday 26 April 2024.
    const cairo: OfficeCalendar = { timeZone: 'Africa/Cairo', holidays: [] };
    // April 2024: 22 working days; Friday 26 is the 20th.
    expect(workingDaysElapsed(cairo, '2024-04', at('Africa/Cairo', '2024-04-26', 13))).toBe(19.5);
    // With business hours from midnight to midnight the day lasts 23 hours: at noon local,
    // 11 of them have passed (the day began at 01:00).
    const allDay = { ...cairo, businessDayStart: 0, businessDayEnd: 1440 };
    expect(workingDaysElapsed(allDay, '2024-04', at('Africa/Cairo', '2024-04-26', 12))).toBeCloseTo(19 + 11 / 23, 12);
    // Back on Thursday 31 October 2024, at the end of the day: 25 hours long.
    expect(workingDaysElapsed(allDay, '2024-10', at('Africa/Cairo', '2024-10-31', 12))).toBeCloseTo(22 + 12 / 25, 12);
  });

  it('rejects an invalid instant', () => {
    expect(() => paceAt(newYork, '2026-06', new Date('not a date'))).toThrow(/valid instant/);
  });
});

const dayLength = 86_400_000;
const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Africa/Cairo', 'Asia/Kolkata', 'Pacific/Auckland'];

const calendarAndMonth = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    year: fc.integer({ min: 2020, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    hours: fc.integer({ min: 0, max: 1439 }).chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: 1440 }))),
    holidayDays: fc.array(fc.integer({ min: 1, max: 28 }), { maxLength: 6 }),
  })
  .map(({ timeZone, year, month, hours: [businessDayStart, businessDayEnd], holidayDays }) => ({
    calendar: {
      timeZone,
      businessDayStart,
      businessDayEnd,
      holidays: holidayDays.map((day) => formatLocalDate({ year, month, day })),
    } satisfies OfficeCalendar,
    monthStart: new Date(Date.UTC(year, month - 1, 1)),
  }));

/** Pace the slow way: every working day's business hours, each clamped to [0, 1]. */
function paceByAddingEveryDay(calendar: OfficeCalendar, monthStart: Date, now: Date): number {
  const checked = checkCalendar(calendar);
  const days = workingDaysInMonth(calendar, monthStart);
  const { end } = monthRangeInZone(monthStart, calendar.timeZone);
  if (days.length === 0) return now >= end ? 1 : 0;
  let passed = 0;
  for (const date of days) {
    const hours = businessHoursOn(checked, date);
    const share = (now.getTime() - hours.start.getTime()) / (hours.end.getTime() - hours.start.getTime());
    passed += Math.min(1, Math.max(0, Number.isFinite(share) ? share : now >= hours.end ? 1 : 0));
  }
  return passed / days.length;
}

describe('paceAt (properties)', () => {
  it('stays within [0, 1] and never falls as time goes on', () => {
    fc.assert(
      fc.property(
        calendarAndMonth,
        fc.integer({ min: -3 * dayLength, max: 34 * dayLength }),
        fc.integer({ min: 0, max: 5 * dayLength }),
        ({ calendar, monthStart }, offset, step) => {
          const earlier = new Date(monthStart.getTime() + offset);
          const later = new Date(earlier.getTime() + step);
          const earlierPace = paceAt(calendar, monthStart, earlier);
          const laterPace = paceAt(calendar, monthStart, later);
          expect(earlierPace).toBeGreaterThanOrEqual(0);
          expect(laterPace).toBeLessThanOrEqual(1);
          expect(laterPace).toBeGreaterThanOrEqual(earlierPace);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('equals adding up the business hours gone on every working day', () => {
    fc.assert(
      fc.property(calendarAndMonth, fc.integer({ min: -3 * dayLength, max: 34 * dayLength }), ({ calendar, monthStart }, offset) => {
        const now = new Date(monthStart.getTime() + offset);
        expect(paceAt(calendar, monthStart, now)).toBeCloseTo(paceByAddingEveryDay(calendar, monthStart, now), 12);
      }),
      { numRuns: 40 },
    );
  });

  it('is 0 at the first instant of a month and 1 at its last, in New York, London and Sydney', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney'),
        fc.integer({ min: 2000, max: 2037 }),
        fc.integer({ min: 1, max: 12 }),
        (timeZone, year, month) => {
          const calendar = { timeZone, holidays: [] };
          const monthStart = new Date(Date.UTC(year, month - 1, 1));
          const { start, end } = monthRangeInZone(monthStart, timeZone);
          // The range really is local midnight to local midnight.
          expect(localDateOf(start, timeZone)).toEqual({ year, month, day: 1 });
          expect(localDateOf(new Date(start.getTime() - 1), timeZone).day).toBeGreaterThanOrEqual(28);
          expect(localDateOf(end, timeZone).day).toBe(1);
          expect(paceAt(calendar, monthStart, new Date(start.getTime() - 1))).toBe(0);
          expect(paceAt(calendar, monthStart, start)).toBe(0);
          expect(paceAt(calendar, monthStart, new Date(end.getTime() - 1))).toBe(1);
          expect(paceAt(calendar, monthStart, end)).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
