import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitForecastModel } from './fit-model';
import { generateSalesHistory } from './generate-sales-history';
import { viewHistoryAt } from './history-at';
import { addMonths } from './months';
import { simulateForecast } from './simulate';
import type { ForecastHistory } from './types';

const generated = generateSalesHistory({ seed: 21, months: 30 });
const asOf = new Date(Date.UTC(2024, 3, 10));
const history = viewHistoryAt(generated.history, asOf, 'plan');
const company = (result: ReturnType<typeof simulateForecast>) => result.scopes.find((scope) => scope.key === 'company')!;

describe('Monte Carlo forecast', () => {
  const model = fitForecastModel(history, { asOf, months: 4 });

  it('gives the same answer for the same inputs and seed, and another for another seed', () => {
    const first = simulateForecast(model, { runs: 400, seed: 5 });
    expect(simulateForecast(model, { runs: 400, seed: 5 })).toEqual(first);
    expect(simulateForecast(model, { runs: 400, seed: 6 })).not.toEqual(first);
  });

  it('orders its quantiles and splits each month’s mean into its four sources', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const result = simulateForecast(model, { runs: 200, seed });
        for (const scope of result.scopes) {
          for (const month of scope.months) {
            expect(month.p10).toBeLessThanOrEqual(month.p50);
            expect(month.p50).toBeLessThanOrEqual(month.p90);
            expect(Math.abs(month.alreadyWon + month.pipeline + month.currentReps + month.plannedHires - month.mean)).toBeLessThanOrEqual(2);
          }
        }
      }),
      { numRuns: 5 },
    );
  });

  it('counts what was already won this month and reports every scope', () => {
    const result = simulateForecast(model, { runs: 300 });
    expect(company(result).months[0]!.alreadyWon).toBeGreaterThan(0);
    expect(company(result).months[1]!.alreadyWon).toBe(0);
    expect(result.scopes.filter((scope) => scope.kind === 'office')).toHaveLength(2);
    expect(result.scopes.filter((scope) => scope.kind === 'team')).toHaveLength(4);
    expect(result.scopes.filter((scope) => scope.kind === 'rep').length).toBeGreaterThan(10);
  });

  it('adds planned hires along the ramp: nothing before they start, more the longer they stay', () => {
    const withHires: ForecastHistory = {
      ...history,
      plannedHires: [{ id: 'plan-1', teamId: 't-ny-1', startDate: addMonths(asOf, 1), count: 3, personId: null, rampOverride: null }],
    };
    const result = simulateForecast(fitForecastModel(withHires, { asOf, months: 4 }), { runs: 400 });
    const hires = company(result).months.map((month) => month.plannedHires);
    const before = company(simulateForecast(model, { runs: 400 })).months.map((month) => month.plannedHires);
    expect(hires[0]).toBe(before[0]);
    expect(hires[3]! - before[3]!).toBeGreaterThan(hires[1]! - before[1]!);
    expect(company(result).months[3]!.mean).toBeGreaterThan(company(simulateForecast(model, { runs: 400 })).months[3]!.mean);
  });

  it('has a deactivated rep produce nothing after leaving', () => {
    const leaver = history.people.find((person) => person.sells && person.deactivatedAt === null)!;
    const left: ForecastHistory = {
      ...history,
      people: history.people.map((person) => (person.id === leaver.id ? { ...person, deactivatedAt: new Date(asOf.getTime() - 1) } : person)),
    };
    const leftModel = fitForecastModel(left, { asOf, months: 4 });
    expect(leftModel.scopes.some((scope) => scope.key === `rep:${leaver.id}`)).toBe(false);
    expect(leftModel.details.producingReps).toBe(model.details.producingReps - 1);
  });

  it('keeps bands wide and says so with less than three months of history', () => {
    const start = generated.history.deals[0]!.createdAt;
    const early = new Date(start.getTime() + 50 * 86_400_000);
    const young = fitForecastModel(viewHistoryAt(generated.history, early, 'plan'), { asOf: early, months: 3 });
    expect(young.details.notes.join(' ')).toMatch(/Less than three months of history/);
    const result = simulateForecast(young, { runs: 400 });
    const month = company(result).months[2]!;
    expect(month.p90 - month.p10).toBeGreaterThan(0.5 * month.p50);
  });

  it('rejects a horizon outside 1 to 12 months and a ramp outside 0 to 1', () => {
    expect(() => fitForecastModel(history, { asOf, months: 13 })).toThrow(/1 to 12/);
    expect(() => fitForecastModel({ ...history, rampOverride: [0.5, 1.5] }, { asOf, months: 3 })).toThrow(/between 0 and 1/);
  });
});
