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
  it('knows the movable US federal holidays and weekend observance', () => {
    const holidays = datesOf('US', 2026);
    expect(holidays).toContain('2026-01-19 Martin Luther King Jr. Day');
    expect(holidays).toContain('2026-05-25 Memorial Day');
    expect(holidays).toContain('2026-09-07 Labor Day');
    expect(holidays).toContain('2026-11-26 Thanksgiving Day');
    expect(holidays).toContain('2026-07-03 Independence Day (observed)');
    expect(datesOf('US', 2027)).toContain('2027-12-24 Christmas Day (observed)');
  });

  it('knows the bank holidays of England and their substitute days', () => {
    const holidays = datesOf('GB', 2026);
    expect(holidays).toContain('2026-04-03 Good Friday');
    expect(holidays).toContain('2026-04-06 Easter Monday');
    expect(holidays).toContain('2026-05-04 Early May bank holiday');
    expect(holidays).toContain('2026-05-25 Spring bank holiday');
    expect(holidays).toContain('2026-08-31 Summer bank holiday');
    expect(holidays).toContain('2026-12-28 Boxing Day (substitute day)');
    // 2022: Christmas on a Sunday, Boxing Day on the Monday, Christmas moves to Tuesday.
    expect(datesOf('GB', 2022)).toContain('2022-12-27 Christmas Day (substitute day)');
    // 2021: Christmas on a Saturday and Boxing Day on a Sunday.
    expect(datesOf('GB', 2021)).toEqual(
      expect.arrayContaining(['2021-12-27 Christmas Day (substitute day)', '2021-12-28 Boxing Day (substitute day)']),
    );
  });

  it('knows the public holidays of New South Wales', () => {
    const holidays = datesOf('AU', 2026);
    expect(holidays).toContain('2026-01-26 Australia Day');
    expect(holidays).toContain('2026-04-25 Anzac Day');
    expect(holidays).toContain('2026-06-08 King\'s Birthday');
    expect(holidays).toContain('2026-10-05 Labour Day');
    expect(datesOf('AU', 2025)).toContain('2025-04-18 Good Friday');
  });

  it('lists a New Year observed on 31 December with the year it falls in', () => {
    const holidays = listPublicHolidaysBetween('US', new Date('2021-12-01T00:00:00Z'), new Date('2021-12-31T00:00:00Z'));
    expect(holidays.map((holiday) => holiday.name)).toContain("New Year's Day (observed)");
  });
});
