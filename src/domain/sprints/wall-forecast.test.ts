import { describe, expect, it } from 'vitest';
import { forecastPercentOfGoal, wallForecastFigures } from './wall-forecast';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));

describe('wallForecastFigures', () => {
  it("rolls each rep's latest forecast up to their team and office", () => {
    const figures = wallForecastFigures([
      { userId: 'ana', teamId: 'alpha', officeId: 'ny', commitMinor: 100, bestCaseMinor: 150, createdAt: at(2) },
      { userId: 'ana', teamId: 'alpha', officeId: 'ny', commitMinor: 120, bestCaseMinor: 160, createdAt: at(9) },
      { userId: 'ben', teamId: 'alpha', officeId: 'ny', commitMinor: 50, bestCaseMinor: 60, createdAt: at(3) },
      { userId: 'cat', teamId: 'beta', officeId: 'ny', commitMinor: 70, bestCaseMinor: 90, createdAt: at(4) },
      { userId: 'dan', teamId: 'gamma', officeId: 'ldn', commitMinor: 10, bestCaseMinor: 20, createdAt: at(5) },
    ]);
    expect(figures.reps.find((rep) => rep.id === 'ana')).toEqual({ id: 'ana', commitMinor: 120, bestCaseMinor: 160 });
    expect(figures.teams.find((team) => team.id === 'alpha')).toEqual({ id: 'alpha', commitMinor: 170, bestCaseMinor: 220, reps: 2 });
    expect(figures.offices.find((office) => office.id === 'ny')).toEqual({ id: 'ny', commitMinor: 240, bestCaseMinor: 310, reps: 3 });
    expect(figures.offices.find((office) => office.id === 'ldn')?.commitMinor).toBe(10);
  });
});

describe('forecastPercentOfGoal', () => {
  it('places the marker at the commit as a share of the goal, or nowhere', () => {
    expect(forecastPercentOfGoal({ commitMinor: 450 }, 600)).toBe(75);
    expect(forecastPercentOfGoal(undefined, 600)).toBeNull();
    expect(forecastPercentOfGoal({ commitMinor: 450 }, 0)).toBeNull();
  });
});
