import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysOfMonth } from '@/domain/pacing/working-days';
import { isWithinSprint, sprintAt, sprintsOfMonth } from './sprint-calendar';

const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];

describe('sprintsOfMonth', () => {
  it('cuts June 2014 into Monday-starting weeks, with the partial edges kept in the month', () => {
    // 1 June 2014 was a Sunday: that lone weekend day joins the first full week.
    const sprints = sprintsOfMonth('2014-06', 'America/New_York');
    expect(sprints.map((sprint) => [sprint.startsOn, sprint.endsOn])).toEqual([
      ['2014-06-01', '2014-06-08'],
      ['2014-06-09', '2014-06-15'],
      ['2014-06-16', '2014-06-22'],
      ['2014-06-23', '2014-06-29'],
      ['2014-06-30', '2014-06-30'],
    ]);
    expect(sprints.map((sprint) => sprint.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps a leading partial week that has weekdays as a sprint of its own', () => {
    // 1 October 2026 is a Thursday.
    const sprints = sprintsOfMonth('2026-10', 'Europe/London');
    expect(sprints[0]).toMatchObject({ startsOn: '2026-10-01', endsOn: '2026-10-04' });
    expect(sprints[1]).toMatchObject({ startsOn: '2026-10-05', endsOn: '2026-10-11' });
    expect(sprints.at(-1)).toMatchObject({ startsOn: '2026-10-26', endsOn: '2026-10-31' });
  });

  it('starts and ends each window at local midnight in the office zone', () => {
    const [first] = sprintsOfMonth('2026-11', 'America/New_York');
    // 1 November 2026 00:00 in New York is still daylight time (UTC-4); the clocks go back at 02:00.
    expect(first!.startsAt.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    // 9 November 00:00 is standard time (UTC-5).
    expect(first!.endsAt.toISOString()).toBe('2026-11-09T05:00:00.000Z');
    const sydney = sprintsOfMonth('2026-10', 'Australia/Sydney');
    // Sydney moves to daylight time on 4 October 2026; 1 October 00:00 is UTC+10.
    expect(sydney[0]!.startsAt.toISOString()).toBe('2026-09-30T14:00:00.000Z');
    expect(sydney[0]!.endsAt.toISOString()).toBe('2026-10-04T13:00:00.000Z');
  });

  it('covers every day of any month exactly once, in order, without gaps in time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...zones), (year, month, zone) => {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        const sprints = sprintsOfMonth(key, zone);
        const covered = sprints.flatMap((sprint) => daysOfMonth(key).filter((day) => sprint.startsOn <= day && day <= sprint.endsOn));
        expect(covered).toEqual(daysOfMonth(key));
        for (const [index, sprint] of sprints.entries()) {
          expect(sprint.startsAt.getTime()).toBeLessThan(sprint.endsAt.getTime());
          if (index > 0) expect(sprint.startsAt.getTime()).toBe(sprints[index - 1]!.endsAt.getTime());
          if (index > 0) expect(new Date(`${sprint.startsOn}T00:00:00Z`).getUTCDay()).toBe(1);
          // No sprint is longer than nine days (a two-day weekend plus a full week).
          expect(daysOfMonth(key).filter((day) => sprint.startsOn <= day && day <= sprint.endsOn).length).toBeLessThanOrEqual(9);
        }
        expect(sprints.length).toBeGreaterThanOrEqual(4);
        expect(sprints.length).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe('sprintAt', () => {
  it('uses the office zone to decide the day', () => {
    // Sunday 8 November 2026 23:30 in New York is already Monday in London.
    const instant = new Date('2026-11-09T04:30:00Z');
    expect(sprintAt(instant, 'America/New_York').sprint).toMatchObject({ number: 1, startsOn: '2026-11-01' });
    expect(sprintAt(instant, 'Europe/London').sprint).toMatchObject({ number: 2, startsOn: '2026-11-09' });
  });

  it('puts the last evening of a month in that month, even when UTC has moved on', () => {
    const { month, sprint } = sprintAt(new Date('2026-12-01T03:00:00Z'), 'America/New_York');
    expect(month.toISOString().slice(0, 7)).toBe('2026-11');
    expect(sprint.endsOn).toBe('2026-11-30');
  });

  it('finds a sprint whose window holds the instant, for any instant and zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), fc.constantFrom(...zones), (instant, zone) => {
        expect(isWithinSprint(instant, sprintAt(instant, zone).sprint)).toBe(true);
      }),
    );
  });
});
