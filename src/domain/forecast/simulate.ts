import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { probit, quantile } from 'simple-statistics';
import { AMOUNT_TABLE_SIZE, COMPONENTS, type FittedModel } from './fit-model';
import { ForecastError } from './forecast-error';
import { monthKey } from './months';
import type { ForecastScope } from './types';

// The Monte Carlo loop. Each run draws one organisation-wide shock per month, then for
// every producing unit the number of won deals landing in each month (Poisson, by
// thinning: deals created in month f and won in month m are independent Poisson counts)
// and their amounts from the unit's table, and for every open deal whether and when it
// is won. Everything is precomputed in typed arrays; nothing is allocated per deal.

export const DEFAULT_RUNS = 10_000;
const NORMAL_TABLE_SIZE = 1024;
const TWO_TO_MINUS_32 = 2 ** -32;

export type ForecastMonth = {
  month: string;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  /** The mean split by source; the four add up to `mean`. */
  alreadyWon: number;
  pipeline: number;
  currentReps: number;
  plannedHires: number;
};

export type ScopeForecast = ForecastScope & { months: ForecastMonth[] };

export type SimulationResult = { runs: number; seed: number; scopes: ScopeForecast[] };

const normalTable = Float64Array.from({ length: NORMAL_TABLE_SIZE }, (_, index) => probit((index + 0.5) / NORMAL_TABLE_SIZE));

export function simulateForecast(model: FittedModel, options: { runs?: number; seed?: number } = {}): SimulationResult {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(runs) || runs < 10 || runs > 100_000) throw new ForecastError('INVALID_INPUT', 'runs must be a whole number from 10 to 100,000.');
  const { horizon, unitBase, unitComponent, amountTable, dealAmount, dealCumulative, shockSigma, scopeParent, unitLeaf, dealLeaf } = model;
  const scopeCount = model.scopes.length;
  const unitCount = unitComponent.length;
  const dealCount = dealAmount.length;
  const rng = xoroshiro128plus(seed | 0);
  const uniform = () => (rng.next() >>> 0) * TWO_TO_MINUS_32;

  const totals = new Float32Array(scopeCount * horizon * runs);
  const runTotals = new Float64Array(scopeCount * horizon);
  // Sums per component (pipeline, current reps, planned hires), scope and month, for the means.
  const componentSums = new Float64Array(4 * scopeCount * horizon);
  const shocks = new Float64Array(horizon);
  const shockShift = (shockSigma * shockSigma) / 2;

  // Each amount is added once, to its lowest scope (and its source's sum); every run then
  // rolls the scopes up to their parents: reps into teams, teams into offices, offices into
  // the company (scopes are ordered company, offices, teams, reps).
  const rollUp = (values: Float64Array, offset: number) => {
    for (let scope = scopeCount - 1; scope > 0; scope -= 1) {
      const parent = scopeParent[scope] as number;
      for (let month = 0; month < horizon; month += 1) {
        const slot = offset + parent * horizon + month;
        values[slot] = (values[slot] as number) + (values[offset + scope * horizon + month] as number);
      }
    }
  };

  for (let run = 0; run < runs; run += 1) {
    runTotals.fill(0);
    for (let month = 0; month < horizon; month += 1) {
      const z = normalTable[(uniform() * NORMAL_TABLE_SIZE) | 0] as number;
      shocks[month] = Math.exp(shockSigma * z - shockShift);
    }
    for (let unit = 0; unit < unitCount; unit += 1) {
      const component = unitComponent[unit] as number;
      const baseOffset = unit * horizon * horizon;
      for (let month = 0; month < horizon; month += 1) {
        let expected = 0;
        for (let created = 0; created <= month; created += 1) expected += (shocks[created] as number) * (unitBase[baseOffset + created * horizon + month] as number);
        if (expected <= 0) continue;
        // Poisson: multiply uniforms until below e^-expected (Knuth), or a normal for large means.
        let count = 0;
        if (expected < 30) {
          const limit = Math.exp(-expected);
          let product = uniform();
          while (product > limit) {
            count += 1;
            product *= uniform();
          }
        } else {
          count = Math.max(0, Math.round(expected + Math.sqrt(expected) * (normalTable[(uniform() * NORMAL_TABLE_SIZE) | 0] as number)));
        }
        let amount = 0;
        for (let deal = 0; deal < count; deal += 1) amount += amountTable[unit * AMOUNT_TABLE_SIZE + ((uniform() * AMOUNT_TABLE_SIZE) | 0)] as number;
        if (count > 0) {
          const slot = (unitLeaf[unit] as number) * horizon + month;
          runTotals[slot] = (runTotals[slot] as number) + amount;
          const componentSlot = component * scopeCount * horizon + slot;
          componentSums[componentSlot] = (componentSums[componentSlot] as number) + amount;
        }
      }
    }
    for (let deal = 0; deal < dealCount; deal += 1) {
      const draw = uniform();
      const offset = deal * horizon;
      if (draw >= (dealCumulative[offset + horizon - 1] as number)) continue;
      let month = 0;
      while (draw >= (dealCumulative[offset + month] as number)) month += 1;
      const slot = (dealLeaf[deal] as number) * horizon + month;
      const amount = dealAmount[deal] as number;
      runTotals[slot] = (runTotals[slot] as number) + amount;
      componentSums[scopeCount * horizon + slot] = (componentSums[scopeCount * horizon + slot] as number) + amount;
    }
    rollUp(runTotals, 0);
    for (let slot = 0; slot < runTotals.length; slot += 1) totals[slot * runs + run] = runTotals[slot] as number;
  }

  for (let component = 1; component < 4; component += 1) rollUp(componentSums, component * scopeCount * horizon);
  const scopes: ScopeForecast[] = model.scopes.map((scope, scopeIndex) => ({
    ...scope,
    months: model.monthStarts.map((start, month) => {
      const slot = scopeIndex * horizon + month;
      const sample = totals.subarray(slot * runs, (slot + 1) * runs);
      const [p10, p50, p90] = quantile(sample as unknown as number[], [0.1, 0.5, 0.9]) as [number, number, number];
      const already = model.alreadyWon[slot] as number;
      const componentMean = (component: number) => (componentSums[component * scopeCount * horizon + slot] as number) / runs;
      const pipeline = componentMean(1);
      const currentReps = componentMean(2);
      const plannedHires = componentMean(3);
      return {
        month: monthKey(start),
        p10: Math.round(p10 + already),
        p50: Math.round(p50 + already),
        p90: Math.round(p90 + already),
        mean: Math.round(already + pipeline + currentReps + plannedHires),
        alreadyWon: Math.round(already),
        pipeline: Math.round(pipeline),
        currentReps: Math.round(currentReps),
        plannedHires: Math.round(plannedHires),
      };
    }),
  }));
  return { runs, seed, scopes };
}

export { COMPONENTS };
