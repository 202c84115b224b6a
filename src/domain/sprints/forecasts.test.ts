import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forecastAccuracy, latestForecasts, rollUpForecasts, type ForecastSnapshot } from './forecasts';
import { sprintsOfMonth } from './sprint-calendar';

const snapshot = (userId: string, commitMinor: number, bestCaseMinor: number, createdAt: string): ForecastSnapshot => ({
  userId,
  commitMinor,
  bestCaseMinor,
  createdAt: new Date(createdAt),
});

describe('latestForecasts', () => {
  it("keeps each rep's newest snapshot, as of a moment when asked", () => {
    const snapshots = [
      snapshot('ana', 10_000, 20_000, '2026-11-02T10:00:00Z'),
      snapshot('ana', 12_000, 25_000, '2026-11-10T10:00:00Z'),
      snapshot('ben', 5_000, 9_000, '2026-11-03T10:00:00Z'),
    ];
    expect([...latestForecasts(snapshots).values()].map((forecast) => forecast.commitMinor)).toEqual([12_000, 5_000]);
    const early = latestForecasts(snapshots, new Date('2026-11-05T00:00:00Z'));
    expect(early.get('ana')?.commitMinor).toBe(10_000);
    expect(latestForecasts(snapshots, new Date('2026-11-01T00:00:00Z')).size).toBe(0);
  });
});

describe('rollUpForecasts', () => {
  it('is the sum of its parts, whatever the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ commitMinor: fc.nat(1e9), bestCaseMinor: fc.nat(1e9) })), (parts) => {
        const total = rollUpForecasts(parts);
        expect(total.commitMinor).toBe(parts.reduce((sum, part) => sum + part.commitMinor, 0));
        expect(total.bestCaseMinor).toBe(parts.reduce((sum, part) => sum + part.bestCaseMinor, 0));
        expect(total.reps).toBe(parts.length);
        // Splitting the reps into two teams and adding the teams gives the same figures.
        const cut = Math.floor(parts.length / 2);
        const [first, second] = [rollUpForecasts(parts.slice(0, cut)), rollUpForecasts(parts.slice(cut))];
        expect(first.commitMinor + second.commitMinor).toBe(total.commitMinor);
      }),
    );
  });
});

describe('forecastAccuracy', () => {
  it('sets each sprint-end forecast against the month actual, with how many weeks ahead it was made', () => {
    const sprints = sprintsOfMonth('2026-11', 'America/New_York');
    const rows = forecastAccuracy({
      sprints,
      snapshots: [
        snapshot('ana', 100_000, 150_000, '2026-11-03T15:00:00Z'),
        snapshot('ana', 80_000, 120_000, '2026-11-17T15:00:00Z'),
        snapshot('ben', 50_000, 50_000, '2026-11-10T15:00:00Z'),
      ],
      actualByUser: new Map([
        ['ana', 88_000],
        ['ben', 50_000],
      ]),
    });
    expect(rows.map((row) => row.weeksAhead)).toEqual([4, 3, 2, 1, 0]);
    expect(rows[0]!.team).toEqual({ commitMinor: 100_000, bestCaseMinor: 150_000, actualMinor: 88_000, actualToCommitPercent: 88 });
    expect(rows[1]!.team?.commitMinor).toBe(150_000);
    const ana = rows[2]!.reps.find((rep) => rep.userId === 'ana');
    expect(ana?.commitMinor).toBe(80_000);
    expect(ana?.actualToCommitPercent).toBeCloseTo(110, 9);
    expect(rows[4]!.team).toMatchObject({ commitMinor: 130_000, actualMinor: 138_000 });
  });

  it('has no team figures for a sprint before anyone forecast', () => {
    const rows = forecastAccuracy({ sprints: sprintsOfMonth('2026-11', 'UTC'), snapshots: [], actualByUser: new Map() });
    expect(rows.every((row) => row.team === null && row.reps.length === 0)).toBe(true);
  });
});
