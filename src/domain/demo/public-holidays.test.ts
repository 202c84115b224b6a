import { describe, expect, it } from 'vitest';
import { findEasterSunday, listPublicHolidays, listPublicHolidaysBetween } from './public-holidays';

function datesOf(country: 'US' | 'GB' | 'AU', year: number): string[] {
  return listPublicHolidays(country, year).map((holiday) => `${holiday.date.toISOString().slice(0, 10)} ${holiday.name}`);
}

describe('findEasterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('finds Easter %i on %s', (year, expected) => {
    expect(findEasterSunday(year).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe('listPublicHolidays', () => {
  // US federal holidays and their weekend observance; the bank holidays of England and
  // their substitute days (2022: Christmas on a Sunday, Boxing Day on the Monday, so
  // Christmas moves to Tuesday; 2021: Christmas on a Saturday and Boxing Day on a
  // Sunday); the public holidays of New South Wales.
  it.each([
    ['US', 2026, '2026-01-19 Martin Luther King Jr. Day'],
    ['US', 2026, '2026-05-25 Memorial Day'],
    ['US', 2026, '2026-09-07 Labor Day'],
    ['US', 2026, '2026-11-26 Thanksgiving Day'],
    ['US', 2026, '2026-07-03 Independence Day (observed)'],
    ['US', 2027, '2027-12-24 Christmas Day (observed)'],
    ['GB', 2026, '2026-04-03 Good Friday'],
    ['GB', 2026, '2026-04-06 Easter Monday'],
    ['GB', 2026, '2026-05-04 Early May bank holiday'],
    ['GB', 2026, '2026-05-25 Spring bank holiday'],
    ['GB', 2026, '2026-08-31 Summer bank holiday'],
    ['GB', 2026, '2026-12-28 Boxing Day (substitute day)'],
    ['GB', 2022, '2022-12-27 Christmas Day (substitute day)'],
    ['GB', 2021, '2021-12-27 Christmas Day (substitute day)'],
    ['GB', 2021, '2021-12-28 Boxing Day (substitute day)'],
    ['AU', 2026, '2026-01-26 Australia Day'],
    ['AU', 2026, '2026-04-25 Anzac Day'],
    ['AU', 2026, "2026-06-08 King's Birthday"],
    ['AU', 2026, '2026-10-05 Labour Day'],
    ['AU', 2025, '2025-04-18 Good Friday'],
  ] as const)('%s %i has %s', (country, year, holiday) => {
    expect(datesOf(country, year)).toContain(holiday);
  });

  it('lists a New Year observed on 31 December with the year it falls in', () => {
    const holidays = listPublicHolidaysBetween('US', new Date('2021-12-01T00:00:00Z'), new Date('2021-12-31T00:00:00Z'));
    expect(holidays.map((holiday) => holiday.name)).toContain("New Year's Day (observed)");
  });
});
