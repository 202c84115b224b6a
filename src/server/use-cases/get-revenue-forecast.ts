import { addMonths, monthKey, monthsBetween, monthStartOf } from '@/domain/forecast/months';
import { canSeeForecastScope } from '@/domain/forecast/permissions';
import { figuresInCurrency, scopeCurrency } from '@/domain/forecast/office-currency';
import { ForecastError } from '@/domain/forecast/forecast-error';
import { ZForecastQuery, type TRevenueForecast } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { getLiveForecast } from '@/server/forecast/cached-forecast';

/**
 * The revenue forecast for the months ahead, for the scopes the user may see (a rep:
 * themselves and their team), with the last 12 months' actual revenue for the fan
 * chart and how the forecasts saved earlier turned out.
 */
export async function getRevenueForecast(options: { actor: SessionUser; query: Record<string, string>; now?: Date }): Promise<TRevenueForecast> {
  const query = ZForecastQuery.parse(options.query);
  const now = options.now ?? new Date();
  const { forecast, history, actuals } = await getLiveForecast({ months: query.months, runs: query.runs, now });
  const teamOf = new Map(history.people.map((person) => [person.id, person.teamId]));
  const pastMonths = Array.from({ length: 12 }, (_, index) => addMonths(monthStartOf(now), index - 12));
  const scopes = forecast.scopes
    .filter((scope) => canSeeForecastScope(options.actor, { kind: scope.kind, id: scope.id, teamId: scope.kind === 'team' ? scope.id : scope.kind === 'rep' ? (teamOf.get(scope.id ?? '') ?? null) : null }))
    .map((scope) => {
      const figures = {
        actuals: pastMonths.map((month) => ({ month: monthKey(month), amount: Math.round(actuals.get(scope.key)?.get(monthKey(month)) ?? 0) })),
        months: scope.months,
      };
      const currency = scopeCurrency(history, scope);
      return {
        key: scope.key,
        kind: scope.kind,
        id: scope.id,
        name: scope.name,
        ...figures,
        currency,
        inOwnCurrency: currency === history.reportingCurrency ? null : ownCurrencyFigures(history, figures, currency),
      };
    });

  const runs = scopes.some((scope) => scope.kind === 'company')
    ? await prisma.forecastRun.findMany({ where: { asOf: { gte: addMonths(monthStartOf(now), -4) } }, orderBy: { asOf: 'asc' }, select: { asOf: true, result: true } })
    : [];
  const accuracy: TRevenueForecast['accuracy'] = [];
  for (const run of runs) {
    const company = (run.result as { company?: Array<{ month: string; p10: number; p50: number; p90: number }> }).company ?? [];
    for (const month of company) {
      const start = new Date(`${month.month}-01T00:00:00Z`);
      const monthsAhead = monthsBetween(run.asOf, start);
      if (monthsAhead < 1 || monthsAhead > 3 || start.getTime() >= monthStartOf(now).getTime()) continue;
      accuracy.push({ month: month.month, monthsAhead, predicted: month.p50, p10: month.p10, p90: month.p90, actual: Math.round(actuals.get('company')?.get(month.month) ?? 0) });
    }
  }
  const { model } = forecast;
  return {
    asOf: forecast.asOf,
    reportingCurrency: forecast.reportingCurrency,
    runs: forecast.runs,
    notes: model.notes,
    model: {
      historyMonths: model.historyMonths,
      ramp: model.ramp,
      hasSeasonality: model.seasonality !== null,
      winRate: model.winRate,
      medianDaysToClose: model.medianDaysToClose,
      openDeals: model.openDeals,
      producingReps: model.producingReps,
      plannedHires: model.plannedHires,
    },
    scopes,
    accuracy,
  };
}

/** The figures in the scope's currency, or null when no exchange rate is known for it (the page then shows the reporting currency only). */
function ownCurrencyFigures(history: Parameters<typeof figuresInCurrency>[0], figures: Parameters<typeof figuresInCurrency>[1], currency: string) {
  try {
    return figuresInCurrency(history, figures, currency);
  } catch (error) {
    if (error instanceof ForecastError) return null;
    throw error;
  }
}
