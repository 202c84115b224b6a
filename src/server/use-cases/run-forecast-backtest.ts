import { parseMonthKey } from '@/domain/forecast/months';
import { refusalToRunBacktest } from '@/domain/forecast/permissions';
import type { BacktestResult } from '@/domain/forecast/backtest';
import { ZBacktestQuery } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { forecastRefusalToAppError } from '@/server/forecast/forecast-errors';
import { loadForecastHistory } from '@/server/forecast/load-forecast-history';
import { runInWorker } from '@/server/forecast/run-in-worker';

/** The rolling-origin backtest over the organisation's history, computed in the worker thread (admins and managers). */
export async function runForecastBacktest(options: { actor: SessionUser; query: Record<string, string>; now?: Date }): Promise<BacktestResult> {
  const refusal = refusalToRunBacktest(options.actor);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const query = ZBacktestQuery.parse(options.query);
  const from = query.from ? parseMonthKey(query.from) : null;
  const to = query.to ? parseMonthKey(query.to) : null;
  if ((query.from && !from) || (query.to && !to)) throw new AppError('BAD_REQUEST', 'from and to are months as YYYY-MM.');
  if (from && to && from.getTime() > to.getTime()) throw new AppError('UNPROCESSABLE', 'from must not be after to.');
  const history = await loadForecastHistory(prisma);
  try {
    const result = await runInWorker({ kind: 'backtest', history, from: from ?? undefined, to: to ?? undefined, now: options.now ?? new Date(), runs: query.runs, seed: 1 });
    if (result.kind !== 'backtest') throw new Error('The forecast worker answered with a forecast.');
    return result.backtest;
  } catch (error) {
    throw forecastRefusalToAppError(error);
  }
}
