import { describe, expect, it } from 'vitest';
import { formatMonth, isValidTimeZone, localDateOf, monthStartInZone } from './calendar';

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
