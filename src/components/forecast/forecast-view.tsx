'use client';

import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { formatMoney } from '@/domain/money';
import type { TRevenueForecast, ZHiringPlan } from '@/schemas/forecast';
import { messageOf } from '@/lib/api-client';
import { BacktestSection } from './backtest-section';
import { FanChart } from './fan-chart';
import { loadForecast, loadHiringPlan, requestSaveForecastRun } from './forecast-api';
import { HiringPlanPanel } from './hiring-plan-panel';
import { RampPanel } from './ramp-panel';
import { ItemOptions } from '@/components/ui/field';

// The Forecast page: pick a scope, see the fan chart, the month-by-month figures split by
// where they come from, the hiring plan beside them and, for admins and managers, the
// backtest. The simulation runs on the server's worker thread; this only asks and draws.

type HiringPlan = z.infer<typeof ZHiringPlan>;
const MONTHS = 6;

export function ForecastView({ canBacktest, canSetRamp, locale }: { canBacktest: boolean; canSetRamp: boolean; locale: string }) {
  const [forecast, setForecast] = useState<TRevenueForecast | null>(null);
  const [plan, setPlan] = useState<HiringPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [scopeKey, setScopeKey] = useState<string | null>(null);
  const [isRefreshing, setRefreshing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [isInReportingCurrency, setInReportingCurrency] = useState(false);

  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => {
    setRefreshing(true);
    setReloads((count) => count + 1);
  }, []);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([loadForecast(MONTHS), loadHiringPlan()]).then(
      ([nextForecast, nextPlan]) => {
        if (!isCurrent) return;
        setForecast(nextForecast);
        setPlan(nextPlan);
        setProblem(null);
        setRefreshing(false);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setProblem(messageOf(error));
        setRefreshing(false);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [reloads]);

  if (problem && !forecast) {
    return (
      <p className="alert" role="alert">
        The forecast could not be loaded: {problem}
      </p>
    );
  }
  if (!forecast) {
    return (
      <div className="forecast-loading" aria-busy="true">
        <p role="status">Simulating the months ahead…</p>
        <div className="sprint-skeleton sprint-skeleton-card tall" aria-hidden="true" />
      </div>
    );
  }
  const chosen = forecast.scopes.find((item) => item.key === scopeKey) ?? forecast.scopes[0];
  if (!chosen) return <p className="empty">There is nothing to forecast for you yet: you are not on a team.</p>;
  // An office, team or rep reads its own currency unless asked for the reporting one.
  const isOwnCurrency = chosen.inOwnCurrency !== null && !isInReportingCurrency;
  const scope = isOwnCurrency && chosen.inOwnCurrency ? { ...chosen, ...chosen.inOwnCurrency } : chosen;
  const currency = isOwnCurrency ? chosen.currency : forecast.reportingCurrency;
  const money = (value: number) => formatMoney(value, currency, locale);
  const hasHistory = scope.actuals.some((item) => item.amount > 0) || forecast.model.openDeals > 0;

  return (
    <div className="forecast-page" aria-busy={isRefreshing}>
      <div className="forecast-toolbar">
        <div className="field">
          <label htmlFor="forecast-scope">Forecast for</label>
          <select id="forecast-scope" value={scope.key} onChange={(event) => setScopeKey(event.target.value)}>
            <ItemOptions items={forecast.scopes} value={(item) => item.key} label={(item) => (item.kind === 'company' ? 'The company' : `${item.name} (${item.kind === 'rep' ? 'rep' : item.kind})`)} />
          </select>
        </div>
        {chosen.inOwnCurrency ? (
          <div className="field">
            <label htmlFor="forecast-currency">Amounts in</label>
            <select id="forecast-currency" value={isOwnCurrency ? 'own' : 'reporting'} onChange={(event) => setInReportingCurrency(event.target.value === 'reporting')}>
              <option value="own">{chosen.currency} (the office’s)</option>
              <option value="reporting">{forecast.reportingCurrency} (reporting)</option>
            </select>
          </div>
        ) : null}
        {canBacktest ? (
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              try {
                const run = await requestSaveForecastRun(MONTHS);
                setSaved(`Saved as of ${run.asOf.slice(0, 10)}; in a month the page shows how it turned out.`);
              } catch (error) {
                setSaved(messageOf(error));
              }
            }}
          >
            Save this forecast
          </button>
        ) : null}
        {isRefreshing ? <span role="status">Updating…</span> : null}
      </div>
      {saved ? <p className="notice" role="status">{saved}</p> : null}
      {problem ? (
        <p className="alert" role="alert">
          The forecast could not be updated: {problem}
        </p>
      ) : null}
      {forecast.notes.map((note) => (
        <p key={note} className="notice">
          {note}
        </p>
      ))}
      {!hasHistory ? <p className="notice">No deals have been won or opened here yet, so the forecast is only what the plan implies.</p> : null}

      <div className="forecast-layout">
        <section className="card" aria-labelledby="fan-title">
          <h2 id="fan-title">{scope.kind === 'company' ? 'Company' : scope.name}: revenue won and expected</h2>
          <FanChart scope={scope} currency={currency} locale={locale} />
          <table className="table forecast-table" data-testid="forecast-table">
            <caption className="visually-hidden">Expected revenue by month, with where it comes from</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">P10</th>
                <th scope="col">Median</th>
                <th scope="col">P90</th>
                <th scope="col">Already won</th>
                <th scope="col">Open pipeline</th>
                <th scope="col">New deals, current reps</th>
                <th scope="col">Planned hires</th>
              </tr>
            </thead>
            <tbody>
              {scope.months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{month.month}</th>
                  <td>{money(month.p10)}</td>
                  <td data-testid={`median-${month.month}`}>{money(month.p50)}</td>
                  <td>{money(month.p90)}</td>
                  <td>{money(month.alreadyWon)}</td>
                  <td>{money(month.pipeline)}</td>
                  <td>{money(month.currentReps)}</td>
                  <td data-testid={`hires-${month.month}`}>{money(month.plannedHires)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            {forecast.runs.toLocaleString(locale)} simulated futures from {forecast.model.historyMonths} months of history: {forecast.model.producingReps} reps, {forecast.model.openDeals} open deals,{' '}
            {forecast.model.plannedHires} planned hires; ramp curve {forecast.model.ramp.source === 'learned' ? `learned from ${forecast.model.ramp.hiresSeen} hires` : forecast.model.ramp.source === 'override' ? 'set by an admin' : 'the default'}
            {forecast.model.hasSeasonality ? '; with seasonality' : ''}. Amounts in {currency}
            {currency === forecast.reportingCurrency ? '' : `, converted from ${forecast.reportingCurrency} at each month’s exchange rate`}.
          </p>
        </section>
        <div className="forecast-side">
          {plan ? <HiringPlanPanel plan={plan} onChanged={refresh} /> : null}
          <RampPanel ramp={forecast.model.ramp} canEdit={canSetRamp} onChanged={refresh} />
        </div>
      </div>
      {forecast.accuracy.length > 0 ? (
        <section className="card" aria-labelledby="accuracy-title">
          <h2 id="accuracy-title">Forecasts saved earlier</h2>
          <ul>
            {forecast.accuracy.map((item) => (
              <li key={`${item.month}-${item.monthsAhead}`}>
                {item.month}, forecast {item.monthsAhead} month{item.monthsAhead === 1 ? '' : 's'} ahead: {money(item.predicted)}; won {money(item.actual)}
                {item.actual > 0 ? ` (${(((item.predicted - item.actual) / item.actual) * 100).toFixed(1)}%)` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {canBacktest ? <BacktestSection currency={currency} locale={locale} /> : null}
    </div>
  );
}
