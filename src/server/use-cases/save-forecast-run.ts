import { refusalToRunBacktest } from '@/domain/forecast/permissions';
import { ZForecastQuery } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { getLiveForecast } from '@/server/forecast/cached-forecast';

/**
 * Keeps the current forecast with its as-of date (company, offices and teams), so that
 * later the page can show how it turned out. Admins and managers, from the page; the
 * weekly job saves one with source "weekly".
 */
export async function saveForecastRun(options: { actor: SessionUser | null; input: unknown; source: 'page' | 'weekly'; now?: Date }): Promise<{ id: string; asOf: string }> {
  if (options.actor) {
    const refusal = refusalToRunBacktest(options.actor);
    if (refusal) throw new AppError('FORBIDDEN', refusal);
  }
  const query = ZForecastQuery.parse(options.input ?? {});
  const { forecast } = await getLiveForecast({ months: query.months, runs: query.runs, now: options.now });
  const result: Record<string, Array<{ month: string; p10: number; p50: number; p90: number; mean: number }>> = {};
  for (const scope of forecast.scopes) {
    if (scope.kind === 'rep') continue;
    result[scope.key] = scope.months.map(({ month, p10, p50, p90, mean }) => ({ month, p10, p50, p90, mean }));
  }
  const run = await prisma.forecastRun.create({
    data: { asOf: new Date(forecast.asOf), months: query.months, runs: forecast.runs, source: options.source, createdById: options.actor?.id ?? null, reportingCurrency: forecast.reportingCurrency, result },
    select: { id: true, asOf: true },
  });
  return { id: run.id, asOf: run.asOf.toISOString() };
}
