import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/domain/domain-error';
import {
  businessHoursOn,
  checkCalendar,
  daysOfMonth,
  isWorkingDay,
  parseLocalDate,
  toMonthStart,
  workingDaysInMonth,
  type OfficeCalendar,
} from './working-days';

const newYork: OfficeCalendar = { timeZone: 'America/New_York', holidays: [] };
const hours = (range: { start: Date; end: Date }) => (range.end.getTime() - range.start.getTime()) / 3_600_000;

describe('workingDaysInMonth', () => {
  it('lists the weekdays of the month as local dates', () => {
    const june2014 = workingDaysInMonth(newYork, '2014-06');
    expect(june2014).toHaveLength(21);
    expect(june2014[0]).toBe('2014-06-02');
    expect(june2014.slice(8, 10)).toEqual(['2014-06-12', '2014-06-13']);
    expect(june2014.at(-1)).toBe('2014-06-30');
  });

  it('takes the month as a UTC-midnight first day or as a key', () => {
    expect(workingDaysInMonth(newYork, new Date('2026-02-01T00:00:00Z'))).toEqual(workingDaysInMonth(newYork, '2026-02'));
    expect(workingDaysInMonth(newYork, '2026-02')).toHaveLength(20);
  });

  it('removes a holiday that falls on a weekday', () => {
    const withJuneteenth = { ...newYork, holidays: ['2026-06-19'] };
    expect(workingDaysInMonth(newYork, '2026-06')).toHaveLength(22);
    expect(workingDaysInMonth(withJuneteenth, '2026-06')).toHaveLength(21);
    expect(workingDaysInMonth(withJuneteenth, '2026-06')).not.toContain('2026-06-19');
    expect(isWorkingDay(withJuneteenth, '2026-06-19')).toBe(false);
    expect(isWorkingDay(withJuneteenth, '2026-06-18')).toBe(true);
  });

  it('changes nothing for a holiday on a weekend or in another month', () => {
    const calendar = { ...newYork, holidays: ['2026-06-20', '2026-07-03'] };
    expect(workingDaysInMonth(calendar, '2026-06')).toHaveLength(22);
  });

  it('knows the length of every month, leap years included', () => {
    expect(daysOfMonth('2024-02')).toHaveLength(29);
    expect(daysOfMonth('2026-02')).toHaveLength(28);
    expect(daysOfMonth('2026-12').at(-1)).toBe('2026-12-31');
  });
});

describe('checking inputs', () => {
  const codeOf = (action: () => unknown) => {
    try {
      action();
    } catch (error) {
      return isDomainError(error, 'pacing') ? error.code : 'other error';
    }
    return 'no error';
  };

  it('rejects months that are not the first day at UTC midnight', () => {
    expect(toMonthStart('2026-11').toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(codeOf(() => toMonthStart(new Date('2026-11-15T00:00:00Z')))).toBe('INVALID_INPUT');
    expect(codeOf(() => toMonthStart(new Date('2026-11-01T05:00:00Z')))).toBe('INVALID_INPUT');
    expect(codeOf(() => toMonthStart('2026-13'))).toBe('INVALID_INPUT');
  });

  it('rejects unknown zones, impossible business hours and malformed holidays', () => {
    expect(codeOf(() => checkCalendar({ timeZone: 'Mars/Olympus_Mons', holidays: [] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkCalendar({ ...newYork, businessDayStart: 1020, businessDayEnd: 540 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkCalendar({ ...newYork, businessDayEnd: 1441 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkCalendar({ ...newYork, holidays: ['2026-02-30'] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkCalendar({ ...newYork, holidays: ['2026-07-03T00:00:00.000Z'] }))).toBe('INVALID_INPUT');
    expect(checkCalendar(newYork)).toMatchObject({ businessDayStart: 540, businessDayEnd: 1020 });
  });

  it('parses only dates that exist', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseLocalDate('2026-02-29')).toBeNull();
    expect(parseLocalDate('2026-2-1')).toBeNull();
  });
});

describe('businessHoursOn', () => {
  it('keeps local business hours on either side of a daylight-saving change', () => {
    const calendar = checkCalendar(newYork);
    const winter = businessHoursOn(calendar, '2026-03-06');
    const summer = businessHoursOn(calendar, '2026-03-09');
    expect(winter.start.toISOString()).toBe('2026-03-06T14:00:00.000Z');
    expect(summer.start.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(hours(winter)).toBe(8);
    expect(hours(summer)).toBe(8);
  });

  it('keeps local hours on a working day whose clocks change (Cairo changes on weekdays)', () => {
    // Egypt moved to summer time at midnight on Friday 26 April 2024 and back at
    // midnight ending Thursday 31 October 2024.
    const office = checkCalendar({ timeZone: 'Africa/Cairo', holidays: [] });
    const springDay = businessHoursOn(office, '2024-04-26');
    expect(springDay.start.toISOString()).toBe('2024-04-26T06:00:00.000Z');
    expect(hours(springDay)).toBe(8);

    const allDay = checkCalendar({ timeZone: 'Africa/Cairo', holidays: [], businessDayStart: 0, businessDayEnd: 1440 });
    expect(hours(businessHoursOn(allDay, '2024-04-26'))).toBe(23);
    expect(hours(businessHoursOn(allDay, '2024-10-31'))).toBe(25);
    expect(hours(businessHoursOn(allDay, '2024-10-30'))).toBe(24);
  });
});
