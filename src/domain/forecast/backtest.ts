import { minorUnitDigits } from '@/domain/money';
import { createCurrencyConverter } from './currency';
import { fitForecastModel } from './fit-model';
import { ForecastError } from './forecast-error';
import { currentSnapshot, viewHistoryAt } from './history-at';
import { scoreAccuracy, type AccuracyMetrics, type Scored } from './metrics';
import { addMonths, monthKey, monthStartOf } from './months';
import { simulateForecast } from './simulate';
import type { ForecastDeal, ForecastHistory } from './types';

// Rolling-origin backtest: for every month start with enough history behind it, refit on
// what was known at that instant only, predict the next months and compare with the
// revenue actually won; the same for two simple baselines and, where the reps stated
// forecasts in their sprints, for their roll-up.

export const BACKTEST_HORIZONS = 6;
export const MINIMUM_HISTORY_MONTHS = 6;

export type BacktestPrediction = { scope: string; month: string; horizon: number; p10: number; p50: number; p90: number; mean: number; actual: number };
export type BacktestOrigin = { asOf: string; predictions: BacktestPrediction[] };
export type BacktestSummaryRow = {
  scope: string;
  horizon: number;
  simulation: AccuracyMetrics;
  lastThreeMonths: AccuracyMetrics;
  sameMonthLastYear: AccuracyMetrics;
  sprintRollup: AccuracyMetrics | null;
};
export type BacktestResult = { reportingCurrency: string; runs: number; summary: BacktestSummaryRow[]; origins: BacktestOrigin[] };

/** Scope label as the command prints it: "company", "office:<name>", "team:<name>". */
function scopeLabels(history: ForecastHistory): Map<string, string> {
  const labels = new Map<string, string>([['company', 'company']]);
  for (const office of history.offices) labels.set(`office:${office.id}`, `office:${office.name}`);
  const teamNames = history.teams.map((team) => team.name);
  for (const team of history.teams) {
    const isShared = teamNames.filter((name) => name === team.name).length > 1;
    const office = history.offices.find((candidate) => candidate.id === team.officeId);
    labels.set(`team:${team.id}`, `team:${isShared && office ? `${team.name} (${office.name})` : team.name}`);
  }
  return labels;
}

/** Revenue won per scope key and month key, in reporting minor units. */
export function actualRevenue(history: ForecastHistory, before: Date): Map<string, Map<string, number>> {
  const fold = createActualRevenueFold(history, before);
  for (const deal of history.deals) fold.add(deal);
  return fold.totals;
}

/** The same, one deal at a time (as they are now, not as known at some instant), for a history read in chunks. */
export function createActualRevenueFold(history: Pick<ForecastHistory, 'exchangeRates' | 'reportingCurrency' | 'teams'>, before: Date) {
  const convert = createCurrencyConverter({ rates: history.exchangeRates, reportingCurrency: history.reportingCurrency });
  const officeOf = new Map(history.teams.map((team) => [team.id, team.officeId]));
  const totals = new Map<string, Map<string, number>>();
  const add = (scope: string, month: string, amount: number) => {
    const byMonth = totals.get(scope) ?? new Map<string, number>();
    byMonth.set(month, (byMonth.get(month) ?? 0) + amount);
    totals.set(scope, byMonth);
  };
  return {
    totals,
    add(deal: ForecastDeal): void {
      if (deal.outcome !== 'WON' || !deal.closedAt || deal.closedAt.getTime() >= before.getTime()) return;
      if (deal.deletedAt) return;
      const snapshot = currentSnapshot(deal);
      const amount = convert.toReporting(deal.closedAmountMinor ?? snapshot.amountMinor, deal.currency, deal.closedAt);
      const month = monthKey(deal.closedAt);
      add('company', month, amount);
      add(`team:${snapshot.teamId}`, month, amount);
      add(`rep:${snapshot.ownerId}`, month, amount);
      const officeId = officeOf.get(snapshot.teamId);
      if (officeId) add(`office:${officeId}`, month, amount);
    },
  };
}

/** Each rep's first commit for each month, summed per scope key and month key (reporting minor units). */
function sprintRollups(history: ForecastHistory): Map<string, Map<string, number>> {
  const convert = createCurrencyConverter({ rates: history.exchangeRates, reportingCurrency: history.reportingCurrency });
  const officeOf = new Map(history.teams.map((team) => [team.id, team.officeId]));
  const first = new Map<string, (typeof history.sprintForecasts)[number]>();
  for (const forecast of history.sprintForecasts) {
    const key = `${forecast.userId}|${monthKey(forecast.month)}`;
    const seen = first.get(key);
    if (!seen || forecast.createdAt.getTime() < seen.createdAt.getTime()) first.set(key, forecast);
  }
  const totals = new Map<string, Map<string, number>>();
  for (const forecast of first.values()) {
    const amount = convert.toReporting(forecast.commitMinor, forecast.currency, forecast.month);
    const month = monthKey(forecast.month);
    for (const scope of ['company', `team:${forecast.teamId}`, `office:${officeOf.get(forecast.teamId) ?? ''}`]) {
      const byMonth = totals.get(scope) ?? new Map<string, number>();
      byMonth.set(month, (byMonth.get(month) ?? 0) + amount);
      totals.set(scope, byMonth);
    }
  }
  return totals;
}

export function listOrigins(history: ForecastHistory, options: { from?: Date; to?: Date; now: Date }): Date[] {
  const firstCreated = history.deals.reduce((earliest, deal) => Math.min(earliest, deal.createdAt.getTime()), options.now.getTime());
  let origin = addMonths(monthStartOf(new Date(firstCreated)), MINIMUM_HISTORY_MONTHS);
  if (options.from && options.from.getTime() > origin.getTime()) origin = monthStartOf(options.from);
  const lastComplete = addMonths(monthStartOf(options.now), -1);
  const last = options.to && options.to.getTime() < lastComplete.getTime() ? monthStartOf(options.to) : lastComplete;
  const origins: Date[] = [];
  for (; origin.getTime() <= last.getTime(); origin = addMonths(origin, 1)) origins.push(origin);
  return origins;
}

export function runBacktest(
  history: ForecastHistory,
  options: { from?: Date; to?: Date; now: Date; runs?: number; seed?: number; onOrigin?: (index: number, total: number) => void },
): BacktestResult {
  const runs = options.runs ?? 2_000;
  const origins = listOrigins(history, options);
  if (options.from && options.to && options.from.getTime() > options.to.getTime()) throw new ForecastError('INVALID_INPUT', '--from must not be after --to.');
  const labels = scopeLabels(history);
  const scale = 10 ** minorUnitDigits(history.reportingCurrency);
  const toMajor = (minor: number) => Math.round(minor) / scale;
  const completeBefore = monthStartOf(options.now);
  const actuals = actualRevenue(history, completeBefore);
  const rollups = sprintRollups(history);
  const actualOf = (scope: string, month: Date) => actuals.get(scope)?.get(monthKey(month)) ?? 0;

  type Bucket = { simulation: Scored[]; lastThree: Scored[]; lastYear: Scored[]; rollup: Scored[] };
  const buckets = new Map<string, Bucket>();
  const bucketFor = (scope: string, horizon: number) => {
    const key = `${scope}|${horizon}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { simulation: [], lastThree: [], lastYear: [], rollup: [] };
      buckets.set(key, bucket);
    }
    return bucket;
  };

  const result: BacktestOrigin[] = [];
  origins.forEach((origin, originIndex) => {
    options.onOrigin?.(originIndex, origins.length);
    const view = viewHistoryAt(history, origin, 'later-starters');
    const model = fitForecastModel(view, { asOf: origin, months: BACKTEST_HORIZONS, includeReps: false });
    const simulation = simulateForecast(model, { runs, seed: options.seed ?? 1 });
    const predictions: BacktestPrediction[] = [];
    for (const scope of simulation.scopes) {
      const label = labels.get(scope.key);
      if (!label) continue;
      const pastMonths = (count: number, offset: number) => Array.from({ length: count }, (_, index) => actualOf(scope.key, addMonths(origin, offset - count + index)));
      const lastThree = pastMonths(3, 0).reduce((sum, value) => sum + value, 0) / 3;
      const lastYear = pastMonths(12, 0).reduce((sum, value) => sum + value, 0);
      const yearBefore = pastMonths(12, -12).reduce((sum, value) => sum + value, 0);
      const historyMonths = model.details.historyMonths;
      scope.months.forEach((month, index) => {
        const monthStart = addMonths(origin, index);
        if (monthStart.getTime() >= completeBefore.getTime()) return;
        const horizon = index + 1;
        const actual = actualOf(scope.key, monthStart);
        predictions.push({ scope: label, month: month.month, horizon, p10: toMajor(month.p10), p50: toMajor(month.p50), p90: toMajor(month.p90), mean: toMajor(month.mean), actual: toMajor(actual) });
        const bucket = bucketFor(label, horizon);
        bucket.simulation.push({ point: month.p50, actual, p10: month.p10, p50: month.p50, p90: month.p90 });
        bucket.lastThree.push({ point: lastThree, actual });
        if (historyMonths >= 24 && yearBefore > 0) {
          // The same month last year, when it is already known at the origin, scaled by the year's growth.
          const sameMonth = index < 12 ? actualOf(scope.key, addMonths(monthStart, -12)) : 0;
          bucket.lastYear.push({ point: (sameMonth * lastYear) / yearBefore, actual });
        }
        const rollup = rollups.get(scope.key)?.get(month.month);
        if (horizon === 1 && rollup !== undefined) bucket.rollup.push({ point: rollup, actual });
      });
    }
    result.push({ asOf: origin.toISOString().slice(0, 10), predictions });
  });

  const summary: BacktestSummaryRow[] = [];
  const toMajorMetrics = (metrics: AccuracyMetrics): AccuracyMetrics => ({ ...metrics, pinball: metrics.pinball === null ? null : toMajor(metrics.pinball) });
  for (const [key, bucket] of buckets) {
    // The label is a name, which may itself contain '|': the horizon follows the last one.
    const separator = key.lastIndexOf('|');
    const scope = key.slice(0, separator);
    const horizon = key.slice(separator + 1);
    summary.push({
      scope,
      horizon: Number(horizon),
      simulation: toMajorMetrics(scoreAccuracy(bucket.simulation)),
      lastThreeMonths: toMajorMetrics(scoreAccuracy(bucket.lastThree)),
      sameMonthLastYear: toMajorMetrics(scoreAccuracy(bucket.lastYear)),
      sprintRollup: bucket.rollup.length > 0 ? toMajorMetrics(scoreAccuracy(bucket.rollup)) : null,
    });
  }
  summary.sort((a, b) => (a.scope === b.scope ? a.horizon - b.horizon : a.scope === 'company' ? -1 : b.scope === 'company' ? 1 : a.scope.localeCompare(b.scope)));
  return { reportingCurrency: history.reportingCurrency, runs, summary, origins: result };
}

