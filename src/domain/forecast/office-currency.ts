import { createCurrencyConverter } from './currency';
import type { ForecastHistory } from './types';

// The forecast is simulated in the reporting currency (every amount converted at the
// latest rate known for its month). An office, its teams and its reps read their own
// figures in the office's currency: this converts them back at the same rates.

export type MonthFigures = { month: string; p10: number; p50: number; p90: number; mean: number; alreadyWon: number; pipeline: number; currentReps: number; plannedHires: number };
export type ScopeFigures = { actuals: Array<{ month: string; amount: number }>; months: MonthFigures[] };
type ScopeRef = { kind: 'company' | 'office' | 'team' | 'rep'; id: string | null };

/** The currency a scope's own figures are in: its office's, or the reporting currency for the company. */
export function scopeCurrency(history: Pick<ForecastHistory, 'reportingCurrency' | 'offices' | 'teams' | 'people'>, scope: ScopeRef): string {
  const officeCurrency = (officeId: string | null | undefined) => history.offices.find((office) => office.id === officeId)?.currency ?? history.reportingCurrency;
  const teamOffice = (teamId: string | null | undefined) => history.teams.find((team) => team.id === teamId)?.officeId ?? null;
  if (scope.kind === 'office') return officeCurrency(scope.id);
  if (scope.kind === 'team') return officeCurrency(teamOffice(scope.id));
  if (scope.kind === 'rep') return officeCurrency(teamOffice(history.people.find((person) => person.id === scope.id)?.teamId));
  return history.reportingCurrency;
}

/** A scope's figures (reporting minor units) in `currency`'s minor units, each month at its own rate, rounded. */
export function figuresInCurrency(
  history: Pick<ForecastHistory, 'reportingCurrency' | 'exchangeRates'>,
  figures: ScopeFigures,
  currency: string,
): ScopeFigures {
  if (currency === history.reportingCurrency) return figures;
  const convert = createCurrencyConverter({ rates: history.exchangeRates, reportingCurrency: history.reportingCurrency });
  const at = (month: string) => new Date(`${month}-01T00:00:00Z`);
  const back = (amount: number, month: string) => Math.round(convert.fromReporting(amount, currency, at(month)));
  return {
    actuals: figures.actuals.map((item) => ({ month: item.month, amount: back(item.amount, item.month) })),
    months: figures.months.map((item) => ({
      month: item.month,
      p10: back(item.p10, item.month),
      p50: back(item.p50, item.month),
      p90: back(item.p90, item.month),
      mean: back(item.mean, item.month),
      alreadyWon: back(item.alreadyWon, item.month),
      pipeline: back(item.pipeline, item.month),
      currentReps: back(item.currentReps, item.month),
      plannedHires: back(item.plannedHires, item.month),
    })),
  };
}
