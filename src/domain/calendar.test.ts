import { describe, expect, it } from 'vitest';
import {
  formatMonth,
  isValidTimeZone,
  localDateOf,
  monthKey,
  monthRangeInZone,
  monthStartInZone,
  parseMonthKey,
  zonedTimeToInstant,
  zoneOffsetMs,
} from './calendar';

describe('calendar in an office time zone', () => {
  it('puts an instant on the local calendar day', () => {
    const instant = new Date('2026-11-01T03:30:00Z');
    expect(localDateOf(instant, 'America/New_York')).toEqual({ year: 2026, month: 10, day: 31 });
    expect(localDateOf(instant, 'Europe/London')).toEqual({ year: 2026, month: 11, day: 1 });
    expect(localDateOf(instant, 'Australia/Sydney')).toEqual({ year: 2026, month: 11, day: 1 });
  });

  it('finds the local month start at a month edge', () => {
    const lateOctoberInNewYork = new Date('2026-11-01T03:30:00Z');
    expect(monthStartInZone(lateOctoberInNewYork, 'America/New_York').toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(monthStartInZone(lateOctoberInNewYork, 'Australia/Sydney').toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('validates IANA zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('names a month in the office locale', () => {
    const november = new Date('2026-11-01T00:00:00Z');
    expect(formatMonth(november, 'en-US')).toBe('November 2026');
    expect(formatMonth(november, 'de-DE')).toBe('November 2026');
    expect(formatMonth(new Date('2026-03-01T00:00:00Z'), 'fr-FR')).toBe('mars 2026');
  });
});

describe('month ranges in an office zone', () => {
  it('starts a New York month at local midnight, on either side of daylight saving', () => {
    const march = monthRangeInZone(new Date('2026-03-01T00:00:00Z'), 'America/New_York');
    expect(march.start.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    // Daylight saving began on 8 March, so April starts at 04:00 UTC.
    expect(march.end.toISOString()).toBe('2026-04-01T04:00:00.000Z');
  });

  it('handles Sydney, where daylight saving runs over the new year', () => {
    const january = monthRangeInZone(new Date('2027-01-01T00:00:00Z'), 'Australia/Sydney');
    expect(january.start.toISOString()).toBe('2026-12-31T13:00:00.000Z');
    const april = monthRangeInZone(new Date('2026-04-01T00:00:00Z'), 'Australia/Sydney');
    // Daylight saving ends on 5 April: April starts at UTC+11 and May at UTC+10.
    expect(april.start.toISOString()).toBe('2026-03-31T13:00:00.000Z');
    expect(april.end.toISOString()).toBe('2026-04-30T14:00:00.000Z');
  });

  it('resolves a wall-clock time skipped by a daylight-saving jump to just after it', () => {
    const skipped = zonedTimeToInstant({ year: 2026, month: 3, day: 29, minutes: 60 + 30 }, 'Europe/London');
    expect(skipped.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zoneOffsetMs(new Date('2026-07-01T12:00:00Z'), 'Europe/London')).toBe(3_600_000);
  });

  it('reads and writes month keys', () => {
    expect(monthKey(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11');
    expect(parseMonthKey('2026-02')?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(parseMonthKey('2026-13')).toBeNull();
    expect(parseMonthKey('Nov 2026')).toBeNull();
    // Date.UTC would read year 0000 as 1900.
    expect(parseMonthKey('0000-01')).toBeNull();
    expect(parseMonthKey('1969-12')).toBeNull();
    expect(parseMonthKey('1970-01')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});
