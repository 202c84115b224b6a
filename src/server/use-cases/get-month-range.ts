import { canSeeForecastScope } from '@/domain/forecast/permissions';
import { figuresInCurrency, scopeCurrency } from '@/domain/forecast/office-currency';
import { ZForecastMonthRangeQuery, type TMonthRange } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { AppError } from '@/server/errors';
import { getLiveForecast } from '@/server/forecast/cached-forecast';

/** The page's forecast: the burn-down's band shares its cached simulation. */
const PAGE_MONTHS = 6;
const PAGE_RUNS = 10_000;

/**
 * The simulated P10–P90 of the current month's revenue for one scope, in the scope's own
 * currency: the 2D burn-down draws it as a band around its projected month end.
 */
export async function getMonthRange(options: { actor: SessionUser; query: Record<string, string>; now?: Date }): Promise<TMonthRange> {
  const query = ZForecastMonthRangeQuery.parse(options.query);
  const key = query.kind === 'company' ? 'company' : `${query.kind}:${query.id ?? ''}`;
  if (query.kind !== 'company' && !query.id) throw new AppError('UNPROCESSABLE', 'Name the office, team or rep with id.', { field: 'id' });
  const { forecast, history } = await getLiveForecast({ months: PAGE_MONTHS, runs: PAGE_RUNS, now: options.now });
  const scope = forecast.scopes.find((item) => item.key === key);
  if (!scope) throw new AppError('NOT_FOUND', 'The forecast has no such scope (an unknown id, or a rep who no longer sells).');
  const teamId = scope.kind === 'team' ? scope.id : scope.kind === 'rep' ? (history.people.find((person) => person.id === scope.id)?.teamId ?? null) : null;
  if (!canSeeForecastScope(options.actor, { kind: scope.kind, id: scope.id, teamId })) {
    throw new AppError('FORBIDDEN', 'Reps and leads see the forecast of their own team and themselves only.');
  }
  const currency = scopeCurrency(history, scope);
  const figures = figuresInCurrency(history, { actuals: [], months: scope.months.slice(0, 1) }, currency);
  const month = figures.months[0];
  if (!month) throw new AppError('NOT_FOUND', 'The forecast has no month yet.');
  return { month: month.month, asOf: forecast.asOf, currency, alreadyWon: month.alreadyWon, p10: month.p10, p50: month.p50, p90: month.p90, runs: forecast.runs };
}
