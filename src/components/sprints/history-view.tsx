import { DataTable } from '@/components/ui/table';
import { formatMoney } from '@/domain/money';
import type { TForecastAccuracy, TSprintHistory } from '@/schemas/sprint';
import { HistoryChart } from './history-chart';
import { historyChartRows, summarizeHistory } from './history-rows';
import { formatLastDayBefore } from './sprint-format';

// Sprint history (velocity and commitments met) as a chart and the same numbers as a
// table, and the forecast accuracy of a finished month.

export function SprintHistoryView({ history, scopeName }: { history: TSprintHistory; scopeName: string }) {
  const { team } = history;
  const money = (amountMinor: number) => formatMoney(amountMinor, team.currency, team.locale);
  const rows = historyChartRows(history.rows, team.locale);
  if (rows.length === 0) {
    return (
      <section className="card">
        <p className="empty">No sprints to show yet.</p>
      </section>
    );
  }
  const summary = summarizeHistory(rows);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="sprint-section-title">
        Velocity: {scopeName}
      </h2>
      <p className="muted">
        {rows.length} sprints: {money(summary.wonMinor)} won in {summary.wonCount === 1 ? '1 deal' : `${summary.wonCount} deals`}; commitments met{' '}
        {summary.metPercent === null ? 'not yet decided' : `${summary.metPercent}% of the time on average`}.
      </p>
      <HistoryChart rows={rows} currency={team.currency} locale={team.locale} title={scopeName} />
      <div className="admin-table-wrap">
        <DataTable
          className="history-table"
          caption="Sprint by sprint"
          captionClassName="sprint-caption"
          columns={[
            'Sprint',
            { label: 'Revenue won', isNumeric: true },
            { label: 'Deals won', isNumeric: true },
            { label: 'Deals lost', isNumeric: true },
            { label: 'Commitments met', isNumeric: true },
            { label: 'Missed', isNumeric: true },
            { label: 'Open', isNumeric: true },
          ]}
          rows={[...history.rows].sort((left, right) => right.startsOn.localeCompare(left.startsOn))}
          rowKey={(row) => row.sprintId}
          renderRow={(row) => {
            const chartRow = rows.find((item) => item.sprintId === row.sprintId)!;
            return (
              <>
                <th scope="row">
                  {chartRow.label}
                  {row.state === 'current' ? <span className="muted small"> (this week)</span> : null}
                </th>
                <td className="numeric">{money(row.wonMinor)}</td>
                <td className="numeric">{row.wonCount}</td>
                <td className="numeric">{row.lostCount}</td>
                {row.commitmentsMade === 0 ? (
                  <td className="numeric" colSpan={3}>
                    No commitments
                  </td>
                ) : (
                  <>
                    <td className="numeric" data-testid="history-met">
                      {row.commitmentsMet}
                      {chartRow.metPercent === null ? null : <span className="muted small"> ({chartRow.metPercent}% of decided)</span>}
                    </td>
                    <td className="numeric" data-testid="history-missed">
                      {row.commitmentsMissed}
                    </td>
                    <td className="numeric" data-testid="history-open">
                      {Math.max(0, row.commitmentsMade - row.commitmentsMet - row.commitmentsMissed)}
                    </td>
                  </>
                )}
              </>
            );
          }}
        />
      </div>
    </section>
  );
}

export function ForecastAccuracyTable({ accuracy, monthLabel }: { accuracy: TForecastAccuracy; monthLabel: string }) {
  const { team } = accuracy;
  const money = (amountMinor: number) => formatMoney(amountMinor, team.currency, team.locale, { compact: true });
  if (accuracy.rows.length === 0) return <p className="empty">No forecasts were made in {monthLabel}.</p>;
  const cell = (figures: { commitMinor: number; actualMinor: number; actualToCommitPercent: number | null } | null | undefined) =>
    figures ? (
      <>
        <span className="accuracy-figures">
          {money(figures.commitMinor)} → {money(figures.actualMinor)}
        </span>
        <span className="accuracy-percent">{figures.actualToCommitPercent === null ? '—' : `${Math.round(figures.actualToCommitPercent)}%`}</span>
      </>
    ) : (
      <span className="muted">No forecast</span>
    );
  return (
    <div className="admin-table-wrap">
      <table className="table accuracy-table">
        <caption className="sprint-caption">
          Commit against what was actually won in {monthLabel}, and actual as a share of the commit, by when the forecast was made
        </caption>
        <thead>
          <tr>
            <th scope="col">Forecast made</th>
            <th scope="col">Team</th>
            {accuracy.reps.map((rep) => (
              <th key={rep.userId} scope="col">
                {rep.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {accuracy.rows.map((row) => (
            <tr key={row.sprintNumber}>
              <th scope="row">
                Sprint {row.sprintNumber}
                <span className="muted small accuracy-ahead">
                  {row.weeksAhead === 0 ? 'in the last week' : row.weeksAhead === 1 ? '1 week ahead' : `${row.weeksAhead} weeks ahead`} · as of the end of{' '}
                  {formatLastDayBefore(row.asOf, team.locale, team.timeZone)}
                </span>
              </th>
              <td>{cell(row.team)}</td>
              {accuracy.reps.map((rep) => (
                <td key={rep.userId}>{cell(row.reps.find((figures) => figures.userId === rep.userId))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
