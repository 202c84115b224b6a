import { runBacktest, type BacktestResult } from '@/domain/forecast/backtest';
import type { DealFacts } from '@/domain/forecast/deal-facts';
import { fitForecastModelFromFacts, type ModelDetails } from '@/domain/forecast/fit-model';
import { viewHistoryAt } from '@/domain/forecast/history-at';
import { simulateForecast, type ScopeForecast } from '@/domain/forecast/simulate';
import type { ForecastHistory } from '@/domain/forecast/types';

// The heavy part of a forecast or a backtest, as one function of plain data so it can run
// in a worker thread (structured clone keeps the Dates and Maps) or in-process in the CLI.
// A forecast gets the deals as their facts (loadForecastInputs folds them while reading),
// so neither thread ever holds every deal; a backtest needs the whole history.

export type ForecastJob =
  | { kind: 'forecast'; history: ForecastHistory; facts: DealFacts; asOf: Date; months: number; runs: number; seed: number }
  | { kind: 'backtest'; history: ForecastHistory; from?: Date; to?: Date; now: Date; runs: number; seed: number };

export type ComputedForecast = {
  asOf: string;
  reportingCurrency: string;
  runs: number;
  seed: number;
  scopes: ScopeForecast[];
  model: ModelDetails;
};

export type ForecastJobResult = { kind: 'forecast'; forecast: ComputedForecast } | { kind: 'backtest'; backtest: BacktestResult };

export function computeForecast(job: Extract<ForecastJob, { kind: 'forecast' }>): ComputedForecast {
  const view = viewHistoryAt({ ...job.history, deals: [] }, job.asOf, 'plan');
  const model = fitForecastModelFromFacts(view, job.facts, { asOf: job.asOf, months: job.months });
  const simulation = simulateForecast(model, { runs: job.runs, seed: job.seed });
  return { asOf: job.asOf.toISOString(), reportingCurrency: job.history.reportingCurrency, runs: simulation.runs, seed: simulation.seed, scopes: simulation.scopes, model: model.details };
}

export function computeJob(job: ForecastJob): ForecastJobResult {
  if (job.kind === 'forecast') return { kind: 'forecast', forecast: computeForecast(job) };
  return { kind: 'backtest', backtest: runBacktest(job.history, { from: job.from, to: job.to, now: job.now, runs: job.runs, seed: job.seed }) };
}
