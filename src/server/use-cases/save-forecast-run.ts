import { refusalToRunBacktest } from '@/domain/forecast/permissions';
import { ZForecastQuery } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { ComputedForecast } from '@/server/forecast/compute-forecast';
import { getLiveForecast } from '@/server/forecast/cached-forecast';

/** The row that keeps a forecast: company, offices and teams, month by month. */
export function forecastRunData(forecast: ComputedForecast, options: { months: number; source: 'page' | 'weekly'; createdById: string | null }) {
  const result: Record<string, Array<{ month: string; p10: number; p50: number; p90: number; mean: number }>> = {};
  for (const scope of forecast.scopes) {
    if (scope.kind === 'rep') continue;
    result[scope.key] = scope.months.map(({ month, p10, p50, p90, mean }) => ({ month, p10, p50, p90, mean }));
  }
  return { asOf: new Date(forecast.asOf), months: options.months, runs: forecast.runs, source: options.source, createdById: options.createdById, reportingCurrency: forecast.reportingCurrency, result };
}

/**
 * Keeps the current forecast with its as-of date, so that later the page can show how
 * accurate it turned out. Admins and managers, from the page.
 */
export async function saveForecastRun(options: { actor: SessionUser; input: unknown; now?: Date }): Promise<{ id: string; asOf: string }> {
  const refusal = refusalToRunBacktest(options.actor);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const query = ZForecastQuery.parse(options.input ?? {});
  const { forecast } = await getLiveForecast({ months: query.months, runs: query.runs, now: options.now });
  const run = await prisma.forecastRun.create({
    data: forecastRunData(forecast, { months: query.months, source: 'page', createdById: options.actor.id }),
    select: { id: true, asOf: true },
  });
  return { id: run.id, asOf: run.asOf.toISOString() };
}
