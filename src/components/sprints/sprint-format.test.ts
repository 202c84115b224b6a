import { describe, expect, it } from 'vitest';
import {
  addDays,
  percentMet,
  daysSince,
  defaultDueDate,
  describeCommitmentsMet,
  formatLastDayBefore,
  formatLongMonth,
  formatSprintDates,
  formatSprintLabel,
  formatTimeOfDay,
  previousMonths,
} from './sprint-format';

describe('formatSprintLabel', () => {
  it('writes the number and the days in the office locale', () => {
    expect(formatSprintLabel({ number: 3, startsOn: '2026-11-16', endsOn: '2026-11-22' }, 'en-GB')).toBe('Sprint 3 · 16–22 Nov');
    expect(formatSprintDates('2026-11-16', '2026-11-22', 'en-US')).toBe('Nov 16–22');
  });

  it('names both months when a range could span them and a single day once', () => {
    expect(formatSprintDates('2026-11-30', '2026-12-06', 'en-GB')).toMatch(/^30 Nov\s–\s6 Dec$/);
    expect(formatSprintDates('2026-11-30', '2026-11-30', 'en-GB')).toBe('30 Nov');
  });

  it('reads calendar dates without shifting them by the machine zone', () => {
    expect(formatSprintLabel({ number: 1, startsOn: '2026-03-01', endsOn: '2026-03-08' }, 'de-DE')).toMatch(/^Sprint 1 · 1\.[–\s]+8\. März$/);
  });
});

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-11-29', 7)).toBe('2026-12-06');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('makes an action item due at the end of the next sprint', () => {
    expect(defaultDueDate({ endsOn: '2026-11-22' })).toBe('2026-11-29');
  });

  it('counts whole days since an instant, never below zero', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(daysSince('2026-11-17T13:00:00Z', now)).toBe(2);
    expect(daysSince('2026-11-21T13:00:00Z', now)).toBe(0);
  });

  it('writes the time of day in the office zone', () => {
    expect(formatTimeOfDay('2026-11-20T14:05:00Z', 'en-GB', 'Europe/London')).toBe('14:05');
    expect(formatTimeOfDay('2026-11-20T14:05:00Z', 'en-GB', 'America/New_York')).toBe('09:05');
  });

  it('names a month key and lists the months before it', () => {
    expect(formatLongMonth('2026-11', 'en-GB')).toBe('November 2026');
    expect(previousMonths('2026-02', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
  });
});

describe('commitments met', () => {
  it('counts only decided commitments', () => {
    expect(describeCommitmentsMet(4, 3, 1)).toBe('3 met · 1 missed');
    expect(describeCommitmentsMet(5, 1, 1)).toBe('1 met · 1 missed · 3 open');
    expect(describeCommitmentsMet(10, 4, 0)).toBe('4 met · 6 open');
    expect(describeCommitmentsMet(2, 0, 0)).toBe('2 open');
    expect(describeCommitmentsMet(0, 0, 0)).toBe('No commitments');
    expect(percentMet(0, 0)).toBeNull();
    expect(percentMet(2, 1)).toBe(67);
  });
});

describe('formatLastDayBefore', () => {
  it('names the office day that ends at a local midnight', () => {
    // Midnight after Sun 8 Nov in New York is 05:00 UTC on the 9th.
    expect(formatLastDayBefore('2026-11-09T05:00:00.000Z', 'en-GB', 'America/New_York')).toBe('Sun 8 Nov');
    // Midnight after Sun 8 Nov in Berlin is 23:00 UTC on the 8th.
    expect(formatLastDayBefore('2026-11-08T23:00:00.000Z', 'en-GB', 'Europe/Berlin')).toBe('Sun 8 Nov');
  });
});
