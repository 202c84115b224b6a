import { prisma } from '@/server/db';
import type { ForecastHistory } from '@/domain/forecast/types';
import type { ComputedForecast } from './compute-forecast';
import { loadForecastHistory } from './load-forecast-history';
import { runInWorker } from './run-in-worker';
import { forecastRefusalToAppError } from './forecast-errors';

// The live forecast is the same for everyone, so it is computed once per change of the
// data (deal events, deals, people, the hiring plan, the settings) and hour, in the worker
// thread, and kept for the next request.

type Cached = { key: string; forecast: Promise<{ forecast: ComputedForecast; history: ForecastHistory }> };
type CacheGlobal = typeof globalThis & { __cadenceForecastCache?: Map<string, Cached> };

async function dataVersion(): Promise<string> {
  const rows = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    SELECT (SELECT coalesce(max("sequence"), 0) FROM "DealEvent")::text AS events,
           (SELECT count(*) FROM "Deal")::text AS deals,
           (SELECT coalesce(max("updatedAt"), 'epoch') FROM "User")::text AS people,
           (SELECT count(*) FROM "PlannedHire")::text AS hire_count,
           (SELECT coalesce(max("updatedAt"), 'epoch') FROM "PlannedHire")::text AS hires,
           (SELECT coalesce(max("updatedAt"), 'epoch') FROM "ForecastSettings")::text AS settings,
           (SELECT count(*) FROM "ExchangeRate")::text AS rates`;
  return JSON.stringify(rows[0] ?? {});
}

export async function getLiveForecast(options: { months: number; runs: number; now?: Date }): Promise<{ forecast: ComputedForecast; history: ForecastHistory }> {
  const now = options.now ?? new Date();
  const key = `${options.months}|${options.runs}|${now.toISOString().slice(0, 13)}|${await dataVersion()}`;
  const holder = globalThis as CacheGlobal;
  const cache = (holder.__cadenceForecastCache ??= new Map());
  const slot = `${options.months}|${options.runs}`;
  const cached = cache.get(slot);
  if (cached && cached.key === key) return cached.forecast;
  const forecast = (async () => {
    const history = await loadForecastHistory(prisma);
    try {
      const result = await runInWorker({ kind: 'forecast', history, asOf: now, months: options.months, runs: options.runs, seed: 1 });
      if (result.kind !== 'forecast') throw new Error('The forecast worker answered with a backtest.');
      return { forecast: result.forecast, history };
    } catch (error) {
      throw forecastRefusalToAppError(error);
    }
  })();
  cache.set(slot, { key, forecast });
  forecast.catch(() => {
    if (cache.get(slot)?.forecast === forecast) cache.delete(slot);
  });
  return forecast;
}
