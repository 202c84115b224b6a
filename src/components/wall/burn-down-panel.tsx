'use client';

import type { TBurnDown } from '@/schemas/wall';
import { BurnDownChart } from './burn-down-chart';
import { burnDownRows, latestRow } from './burn-down-rows';
import { describeBar, describeRemaining } from './wall-figures';

// One scope's burn-down with its figures in words and, for anyone who cannot read the
// chart, the same series as a table.

export function BurnDownPanel({ burnDown, chartHeight }: { burnDown: TBurnDown; chartHeight?: number }) {
  const figures = describeBar(burnDown.bar);
  const rows = burnDownRows(burnDown);
  const latest = latestRow(rows);
  const remainingText = (amountMinor: number) => describeRemaining(amountMinor, burnDown.currency, burnDown.locale);
  const dayFormat = new Intl.DateTimeFormat(burnDown.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

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
      <BurnDownChart burnDown={burnDown} height={chartHeight} />
      <p className="burn-down-note">
        Days are local dates in {burnDown.timeZone.replace(/_/g, ' ')}; amounts in {burnDown.currency}.
        {latest ? ` Figures as of the end of ${dayFormat.format(latest.instant)}.` : ''}
      </p>
      <details className="burn-down-table">
        <summary>Show the figures as a table</summary>
        <table className="table">
          <caption className="visually-hidden">
            {burnDown.title}, remaining revenue by day, {burnDown.monthLabel}
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Still to win</th>
              <th scope="col">Ideal</th>
              <th scope="col">Projected</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date} className={row.isWorkingDay ? undefined : 'is-non-working'}>
                <th scope="row">
                  {dayFormat.format(row.instant)}
                  {row.isWorkingDay ? '' : ' (off)'}
                </th>
                <td>{row.actual === null ? '—' : remainingText(row.actual)}</td>
                <td>{remainingText(row.ideal)}</td>
                <td>{row.projected === null ? '—' : remainingText(row.projected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
