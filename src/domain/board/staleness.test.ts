import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInColumn, defaultStaleAfterDays, calendarDaysInColumn, describeTimeInColumn, isStale, lastWorkedAt, staleAfterDaysFor, staleness } from './staleness';

const now = new Date('2026-11-20T12:00:00Z');
const daysAgo = (days: number, extraMilliseconds = 0) => new Date(now.getTime() - days * 86_400_000 - extraMilliseconds);

describe('daysInColumn', () => {
  it('counts whole days, rounding down', () => {
    expect(daysInColumn(now, now)).toBe(0);
    expect(daysInColumn(daysAgo(0, 86_399_999), now)).toBe(0);
    expect(daysInColumn(daysAgo(1), now)).toBe(1);
    expect(daysInColumn(daysAgo(13, 86_399_999), now)).toBe(13);
    expect(daysInColumn(daysAgo(14), now)).toBe(14);
  });

  it('counts elapsed time, not calendar days', () => {
    expect(daysInColumn(new Date('2026-11-19T23:00:00Z'), new Date('2026-11-20T01:00:00Z'))).toBe(0);
  });

  it('is unaffected by a daylight-saving change (instants are UTC)', () => {
    // Europe switches back on 25 October 2026; still exactly one day of 24 hours.
    expect(daysInColumn(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-25T12:00:00Z'))).toBe(1);
  });

  it('never goes negative when the card’s clock ran ahead', () => {
    expect(daysInColumn(new Date(now.getTime() + 3 * 86_400_000), now)).toBe(0);
  });

  it('is the number of full 24-hour periods elapsed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 86_399_999 }), (days, remainder) => {
        const later = new Date(now.getTime() + days * 86_400_000 + remainder);
        expect(daysInColumn(now, later)).toBe(days);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isStale', () => {
  const deal = (stage: 'BACKLOG' | 'TODO' | 'IN_PROGRESS' | 'COMPLETED', days: number, deletedAt: Date | null = null) => ({
    stage,
    stageChangedAt: daysAgo(days),
    deletedAt,
  });

  it('flags an open deal once it reaches the threshold', () => {
    expect(defaultStaleAfterDays).toBe(14);
    expect(isStale(deal('TODO', 13), defaultStaleAfterDays, now)).toBe(false);
    expect(isStale(deal('TODO', 14), defaultStaleAfterDays, now)).toBe(true);
    expect(isStale(deal('BACKLOG', 40), defaultStaleAfterDays, now)).toBe(true);
    expect(isStale(deal('IN_PROGRESS', 7), 7, now)).toBe(true);
  });

  it('never flags a completed or a deleted deal', () => {
    expect(isStale(deal('COMPLETED', 100), defaultStaleAfterDays, now)).toBe(false);
    expect(isStale(deal('IN_PROGRESS', 100, daysAgo(1)), defaultStaleAfterDays, now)).toBe(false);
  });

  it('accepts a deal without a deletedAt field', () => {
    expect(isStale({ stage: 'TODO', stageChangedAt: daysAgo(20) }, defaultStaleAfterDays, now)).toBe(true);
  });
});

describe('describeTimeInColumn', () => {
  it('counts calendar days in the office zone, not 24-hour periods', () => {
    // 23:00 in New York on 30 Nov, read at 09:00 on 1 Dec: ten hours, but yesterday.
    const entered = new Date('2026-12-01T04:00:00Z');
    const morning = new Date('2026-12-01T14:00:00Z');
    expect(daysInColumn(entered, morning)).toBe(0);
    expect(calendarDaysInColumn(entered, morning, 'America/New_York')).toBe(1);
    expect(describeTimeInColumn(entered, morning, 'America/New_York')).toBe('since yesterday');
    // In London both instants fall on 1 Dec.
    expect(describeTimeInColumn(entered, morning, 'Europe/London')).toBe('today');
  });

  it.each([
    ['2026-11-20T11:00:00Z', 'today'],
    ['2026-11-19T23:59:00Z', 'since yesterday'],
    ['2026-11-18T12:00:00Z', '2 days'],
    ['2026-11-08T00:00:00Z', '12 days'],
    ['2026-11-21T12:00:00Z', 'today'],
  ])('entered at %s reads "%s" at noon UTC on 20 Nov', (entered, text) => {
    expect(describeTimeInColumn(new Date(entered), now, 'UTC')).toBe(text);
  });

  it('is never negative and agrees with the whole days to within one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), fc.constantFrom('UTC', 'America/New_York', 'Australia/Sydney'), (elapsed, zone) => {
        const entered = new Date(now.getTime() - elapsed);
        const calendarDays = calendarDaysInColumn(entered, now, zone);
        const wholeDays = daysInColumn(entered, now);
        expect(calendarDays).toBeGreaterThanOrEqual(wholeDays);
        expect(calendarDays).toBeLessThanOrEqual(wholeDays + 1);
      }),
    );
  });
});

describe('per-column thresholds and activity', () => {
  it('uses a column’s own threshold, else the team default', () => {
    const thresholds = { staleAfterDays: 14, byStage: { TODO: 10, IN_PROGRESS: 5 } };
    expect(staleAfterDaysFor('TODO', thresholds)).toBe(10);
    expect(staleAfterDaysFor('IN_PROGRESS', thresholds)).toBe(5);
    expect(staleAfterDaysFor('BACKLOG', thresholds)).toBe(14);
    expect(staleAfterDaysFor('BACKLOG', { staleAfterDays: 7, byStage: { BACKLOG: null } })).toBe(7);
  });

  it('an activity after the card last moved resets the clock; an older one does not', () => {
    const deal = { stage: 'IN_PROGRESS' as const, stageChangedAt: daysAgo(8) };
    const thresholds = { staleAfterDays: 14, byStage: { IN_PROGRESS: 5 } };
    expect(staleness(deal, thresholds, now)).toEqual({ idleDays: 8, staleAfterDays: 5, isStale: true });
    expect(staleness({ ...deal, lastActivityAt: daysAgo(1) }, thresholds, now).isStale).toBe(false);
    expect(staleness({ ...deal, lastActivityAt: daysAgo(20) }, thresholds, now).idleDays).toBe(8);
    expect(lastWorkedAt({ ...deal, lastActivityAt: daysAgo(1) })).toEqual(daysAgo(1));
  });

  it('a closed deal is never stale', () => {
    expect(staleness({ stage: 'COMPLETED', stageChangedAt: daysAgo(100) }, { staleAfterDays: 1 }, now).isStale).toBe(false);
  });
});
