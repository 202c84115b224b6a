'use client';

import { useState } from 'react';
import type { TBurnDown } from '@/schemas/wall';
import { DataTable } from '@/components/ui/table';
import { BurnDownChart } from './burn-down-chart';
import { useSimulatedMonth } from './use-simulated-month';
import { burnDownRows, latestRow } from './burn-down-rows';
import { describeBar, describeRemaining, formatMoneyRounded, formatWeight } from './wall-figures';
import { stageLabels } from '@/components/board/board-format';

/** The projection's parts: won so far plus each column's open deals at their weight. */
function ProjectionParts({ burnDown }: { burnDown: TBurnDown }) {
  const { projection, currency, locale } = burnDown;
  const money = (amountMinor: number) => formatMoneyRounded(amountMinor, currency, locale);
  const columns = [...projection.columns].reverse();
  return (
    <section className="burn-down-projection" aria-labelledby="projection-parts-title" data-testid="projection-parts">
      <h3 id="projection-parts-title">How the projection adds up</h3>
      <table className="table">
        <tbody>
          <tr>
            <th scope="row">Won so far</th>
            <td className="muted">deals won this month</td>
            <td className="numeric">{money(projection.closedWonMinor)}</td>
          </tr>
          {columns.map((column) => (
            <tr key={column.stage}>
              <th scope="row">+ {stageLabels[column.stage]}</th>
              <td className="muted">
                {column.count === 0
                  ? 'no open deals expected this month'
                  : `${column.count} open ${column.count === 1 ? 'deal' : 'deals'}, ${money(column.openMinor)} × ${formatWeight(column.weightPerMille)}`}
              </td>
              <td className="numeric">{money(column.weightedMinor)}</td>
            </tr>
          ))}
          <tr className="is-total">
            <th scope="row">= Projected</th>
            <td className="muted">at month end</td>
            <td className="numeric">{money(projection.projectedMinor)}</td>
          </tr>
        </tbody>
      </table>
      <p className="burn-down-note">
        Open deals count only when they are expected to close this month, each at its column&apos;s weight (the team sets
        the weights). A team with little won can project more than one with more won when its open deals sit further along.
      </p>
    </section>
  );
}

// One scope's burn-down with its figures in words and, for anyone who cannot read the
// chart, the same series as a table. In the current month it offers the revenue
// simulation's P10–P90 as a band around the projected month end.

export function BurnDownPanel({ burnDown, chartHeight }: { burnDown: TBurnDown; chartHeight?: number }) {
  const figures = describeBar(burnDown.bar);
  const rows = burnDownRows(burnDown);
  const latest = latestRow(rows);
  const remainingText = (amountMinor: number) => describeRemaining(amountMinor, burnDown.currency, burnDown.locale);
  const dayFormat = new Intl.DateTimeFormat(burnDown.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  // The current month: the days ahead carry a projection.
  const isCurrentMonth = burnDown.points.some((point) => point.projectedRemainingMinor !== null);
  const [isBandShown, setBandShown] = useState(false);
  const simulation = useSimulatedMonth(burnDown.scope, isCurrentMonth && isBandShown, burnDown.bar.closedWonMinor);
  const range = simulation.range;
  // Drawn only when it is the same month in the same currency as the chart.
  const isRangeDrawable = range !== null && range.month === burnDown.month && range.currency === burnDown.currency;
  const endPhrase = (remaining: number) => (remaining > 0 ? `${remainingText(remaining)} still to win` : remaining === 0 ? 'the goal just reached' : remainingText(remaining));
  const simulatedEnd = (quantile: number) => (latest?.actual ?? 0) - Math.max(0, quantile - (range?.alreadyWon ?? 0));

  return (
    <div className="burn-down-panel" data-status={burnDown.bar.status}>
      <dl className="burn-down-figures">
        <div>
          <dt>Won</dt>
          <dd>{figures.headline}</dd>
        </div>
        <div>
          <dt>Still to win</dt>
          <dd>{remainingText(burnDown.bar.goalMinor - burnDown.bar.closedWonMinor)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{figures.pace.replace('pace ', '')} by now</dd>
        </div>
        {figures.projected ? (
          <div>
            <dt>Projected</dt>
            <dd>{figures.projected.replace('projected ', '')} at month end</dd>
          </div>
        ) : null}
        <div>
          <dt>Standing</dt>
          <dd className="burn-down-standing" data-status={burnDown.bar.status}>
            <span aria-hidden="true">{burnDown.bar.status === 'ahead' ? '▲ ' : '▼ '}</span>
            {figures.standing}
          </dd>
        </div>
      </dl>
      {isCurrentMonth ? (
        <div className="burn-down-simulation">
          <label>
            <input type="checkbox" checked={isBandShown} onChange={(event) => setBandShown(event.currentTarget.checked)} />
            Show the simulated range (P10–P90)
          </label>
          {isBandShown && simulation.isLoading ? <span role="status">Simulating the month…</span> : null}
          {isBandShown && simulation.error ? (
            <span className="alert" role="alert">
              The simulation is not available: {simulation.error}
            </span>
          ) : null}
          {isBandShown && range && !isRangeDrawable ? (
            <span role="status">The simulation covers {range.month} in {range.currency}, so it is not drawn on this chart.</span>
          ) : null}
          {isBandShown && range && isRangeDrawable && !simulation.isLoading ? (
            <span role="status" data-testid="burn-down-simulated">
              Simulated month end (P10–P90 of {range.runs.toLocaleString(burnDown.locale)} runs): from {endPhrase(simulatedEnd(range.p10))} to {endPhrase(simulatedEnd(range.p90))}.
            </span>
          ) : null}
        </div>
      ) : null}
      <BurnDownChart burnDown={burnDown} height={chartHeight} simulated={isBandShown && isRangeDrawable ? range : null} />
      {figures.projected ? <ProjectionParts burnDown={burnDown} /> : null}
      <p className="burn-down-note">
        Days are local dates in {burnDown.timeZone.replace(/_/g, ' ')}; amounts in {burnDown.currency}.
        {latest ? ` Figures as of the end of ${dayFormat.format(latest.instant)}.` : ''}
      </p>
      <details className="burn-down-table">
        <summary>Show the figures as a table</summary>
        <DataTable
          caption={`${burnDown.title}, remaining revenue by day, ${burnDown.monthLabel}`}
          captionClassName="visually-hidden"
          columns={['Day', 'Still to win', 'Ideal', 'Projected']}
          rows={rows}
          rowKey={(row) => row.date}
          rowClassName={(row) => (row.isWorkingDay ? undefined : 'is-non-working')}
          renderRow={(row) => (
            <>
              <th scope="row">
                {dayFormat.format(row.instant)}
                {row.isWorkingDay ? '' : ' (off)'}
              </th>
              <td>{row.actual === null ? '—' : remainingText(row.actual)}</td>
              <td>{remainingText(row.ideal)}</td>
              <td>{row.projected === null ? '—' : remainingText(row.projected)}</td>
            </>
          )}
        />
      </details>
    </div>
  );
}
