import { describe, expect, it } from 'vitest';
import { burnDownRows, latestRow, monthStartRow, nonWorkingRuns } from './burn-down-rows';

const point = (date: string, isWorkingDay: boolean, actual: number | null) => ({
  date,
  isWorkingDay,
  idealRemainingMinor: 100,
  actualRemainingMinor: actual,
  projectedRemainingMinor: null,
});

describe('burnDownRows', () => {
  const rows = burnDownRows({
    points: [
      point('2026-05-01', true, 100),
      point('2026-05-02', false, 90),
      point('2026-05-03', false, 90),
      point('2026-05-04', true, 60),
      point('2026-05-05', true, null),
      point('2026-05-06', false, null),
    ],
  });

  it('numbers the days and reads each local date without shifting it by a time zone', () => {
    expect(rows.map((row) => row.day)).toEqual([1, 2, 3, 4, 5, 6]);
    // 2 May 2026 is a Saturday wherever the browser is.
    expect(rows[1]!.weekday).toBe(6);
  });

  it('shades each run of weekend and holiday days as one band', () => {
    expect(nonWorkingRuns(rows)).toEqual([
      { from: 2, to: 3 },
      { from: 6, to: 6 },
    ]);
  });

  it('finds the last day that has begun', () => {
    expect(latestRow(rows)?.date).toBe('2026-05-04');
  });
});

describe('monthStartRow', () => {
  it('starts every line from the whole goal once the month has begun', () => {
    const start = monthStartRow({ bar: { goalMinor: 500 }, points: [point('2026-12-01', true, 420), point('2026-12-02', true, null)] });
    expect(start).toMatchObject({ day: 0, ideal: 500, actual: 500, projected: null, isStart: true });
  });

  it('has no actual figure before the month begins, and no row for a month without points', () => {
    expect(monthStartRow({ bar: { goalMinor: 500 }, points: [point('2027-01-01', false, null)] })?.actual).toBeNull();
    expect(monthStartRow({ bar: { goalMinor: 500 }, points: [] })).toBeNull();
  });
});
