import { describe, expect, it } from 'vitest';
import { runBacktest } from './backtest';
import { generateSalesHistory } from './generate-sales-history';
import { addMonths, DAY_MS } from './months';
import type { ForecastHistory } from './types';

describe('rolling-origin backtest', () => {
  it('predicts an origin the same whatever happened after it (nothing leaks)', () => {
    const { history, end } = generateSalesHistory({ seed: 4, months: 14 });
    const origin = new Date(Date.UTC(2022, 8, 1));
    const options = { from: origin, to: origin, now: end, runs: 300 };
    const before = runBacktest(history, options);
    const after = origin.getTime();
    // Rewrite the future: every later deal doubles, later closes flip, a rep leaves, a new deal and forecasts appear.
    const changed: ForecastHistory = {
      ...history,
      deals: [
        ...history.deals.map((deal) =>
          deal.closedAt && deal.closedAt.getTime() >= after
            ? { ...deal, outcome: deal.outcome === 'WON' ? ('LOST' as const) : ('WON' as const), closedAmountMinor: 5_000_000 }
            : deal.createdAt.getTime() >= after
              ? { ...deal, timeline: deal.timeline.map((snapshot) => ({ ...snapshot, amountMinor: snapshot.amountMinor * 2 })) }
              : deal,
        ),
        {
          id: 'late',
          currency: 'USD',
          createdAt: new Date(after + DAY_MS),
          outcome: 'WON',
          closedAt: new Date(after + 2 * DAY_MS),
          closedAmountMinor: 99_000_000,
          deletedAt: null,
          timeline: [{ at: new Date(after + DAY_MS), stage: 'TODO', amountMinor: 99_000_000, ownerId: 'rep-1', teamId: 't-ny-1', expectedCloseDate: null }],
        },
      ],
      people: history.people.map((person, index) => (index === 2 ? { ...person, deactivatedAt: addMonths(origin, 1) } : person)),
      sprintForecasts: [...history.sprintForecasts, { userId: 'rep-1', teamId: 't-ny-1', month: origin, commitMinor: 1, currency: 'USD', createdAt: new Date(after + DAY_MS) }],
    };
    const afterwards = runBacktest(changed, options);
    const strip = (result: typeof before) => result.origins.map((item) => ({ asOf: item.asOf, predictions: item.predictions.map(({ actual: _actual, ...prediction }) => prediction) }));
    expect(strip(afterwards)).toEqual(strip(before));
    // The actuals did change, so the comparison is not vacuous.
    expect(afterwards.origins[0]!.predictions[0]!.actual).not.toBe(before.origins[0]!.predictions[0]!.actual);
  });

  it('beats both baselines three months ahead, near the generator’s noise floor, with honest bands', { timeout: 180_000 }, () => {
    const { history, end, expectedByMonth } = generateSalesHistory();
    const result = runBacktest(history, { now: end, runs: 500 });
    expect(result.origins.length).toBeGreaterThanOrEqual(36);
    const company3 = result.summary.find((row) => row.scope === 'company' && row.horizon === 3)!;
    const mape = company3.simulation.mape!;
    expect(mape).toBeLessThan(company3.lastThreeMonths.mape!);
    expect(mape).toBeLessThan(company3.sameMonthLastYear.mape!);
    // The noise floor: the error of the generator's own expected value over the same months.
    const months = result.origins.flatMap((origin) => origin.predictions.filter((prediction) => prediction.scope === 'company' && prediction.horizon === 3));
    const floor = months.reduce((sum, prediction) => sum + Math.abs(expectedByMonth.get(prediction.month)!.company / 100 - prediction.actual) / prediction.actual, 0) / months.length;
    expect(mape).toBeLessThan(floor + 0.03);
    const company = result.summary.filter((row) => row.scope === 'company');
    const coverage = company.reduce((sum, row) => sum + row.simulation.coverage! * row.simulation.count, 0) / company.reduce((sum, row) => sum + row.simulation.count, 0);
    expect(coverage).toBeGreaterThanOrEqual(0.7);
    expect(coverage).toBeLessThanOrEqual(0.9);
    // The reps' roll-up is scored where they stated forecasts.
    expect(result.summary.find((row) => row.scope === 'company' && row.horizon === 1)!.sprintRollup!.count).toBeGreaterThan(30);
  });
});
