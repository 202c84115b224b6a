import { describe, expect, it } from 'vitest';
import { forecastWindow, isOpenForForecasts } from './planning';
import { sprintsOfMonth } from './sprint-calendar';

describe('forecastWindow', () => {
  const [first, second, third] = sprintsOfMonth(new Date(Date.UTC(2026, 11, 1)), 'America/New_York');
  const during = (sprint: { startsAt: Date }) => new Date(sprint.startsAt.getTime() + 3_600_000);

  it('opens the running sprint and the one right after it', () => {
    const now = during(first!);
    expect(forecastWindow(first!, first!, now)).toBe('open');
    expect(forecastWindow(second!, first!, now)).toBe('planning');
    expect(forecastWindow(third!, first!, now)).toBe('not-yet');
    expect(isOpenForForecasts(forecastWindow(second!, first!, now))).toBe(true);
    expect(isOpenForForecasts(forecastWindow(third!, first!, now))).toBe(false);
  });

  it('closes a sprint once it has ended, and plans nothing without a running sprint', () => {
    expect(forecastWindow(first!, second!, during(second!))).toBe('over');
    expect(forecastWindow(second!, null, during(first!))).toBe('not-yet');
  });

  it('plans across a month edge: the next month starts where this one ends', () => {
    const december = sprintsOfMonth(new Date(Date.UTC(2026, 11, 1)), 'Europe/London');
    const january = sprintsOfMonth(new Date(Date.UTC(2027, 0, 1)), 'Europe/London');
    const last = december.at(-1)!;
    expect(forecastWindow(january[0]!, last, during(last))).toBe('planning');
  });
});
