import { DataTable } from '@/components/ui/table';
import { formatMoneyRounded } from '@/components/wall/wall-figures';
import type { TSprintOverview } from '@/schemas/sprint';
import { CommitmentList } from './commitment-badge';
import { describeCommitmentsMet } from './sprint-format';
import { formatInstant } from '@/components/board/board-format';

// The team's sprint: the rolled-up forecast against the goal, and every rep's forecast
// and commitments. Renders only; the forecast form sits beside it.

export function SprintRollUp({ overview }: { overview: TSprintOverview }) {
  const { team, rollUp } = overview;
  const money = (amountMinor: number) => formatMoneyRounded(amountMinor, team.currency, team.locale);
  const figures = [
    { label: 'Team commit', value: money(rollUp.commitMinor) },
    { label: 'Best case', value: money(rollUp.bestCaseMinor) },
    { label: 'Goal', value: money(rollUp.goalMinor) },
    { label: 'Won so far', value: money(rollUp.closedWonMinor) },
  ];
  return (
    <section className="card" aria-labelledby="sprint-rollup-title">
      <h2 id="sprint-rollup-title" className="sprint-section-title">
        Team forecast for the month
      </h2>
      <dl className="sprint-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="sprint-figure">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small sprint-figures-note">
        {rollUp.reps} of {overview.reps.length} {overview.reps.length === 1 ? 'rep has' : 'reps have'} given a forecast.
      </p>
    </section>
  );
}

export function SprintRepsTable({ overview }: { overview: TSprintOverview }) {
  const { team } = overview;
  const money = (amountMinor: number) => formatMoneyRounded(amountMinor, team.currency, team.locale);
  if (overview.reps.length === 0) {
    return (
      <section className="card">
        <p className="empty">This team has no reps yet.</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="sprint-reps-title">
      <h2 id="sprint-reps-title" className="sprint-section-title">
        Reps
      </h2>
      <div className="admin-table-wrap">
        <DataTable
          className="sprint-reps-table"
          columns={['Rep', { label: 'Commit', isNumeric: true }, { label: 'Best case', isNumeric: true }, { label: 'Won / goal', isNumeric: true }, 'Last updated', 'Commitments this sprint']}
          rows={overview.reps}
          rowKey={(rep) => rep.userId}
          renderRow={(rep) => {
            const met = rep.commitments.filter((commitment) => commitment.status === 'met').length;
            const missed = rep.commitments.filter((commitment) => commitment.status === 'missed').length;
            return (
              <>
                <th scope="row">
                  <span className="swatch" style={{ background: rep.colour }} aria-hidden="true" />
                  {rep.name}
                </th>
                <td className="numeric">{rep.forecast ? money(rep.forecast.commitMinor) : <span className="muted">No forecast</span>}</td>
                <td className="numeric">{rep.forecast ? money(rep.forecast.bestCaseMinor) : <span className="muted">—</span>}</td>
                <td className="numeric">
                  {money(rep.closedWonMinor)} / {rep.goalMinor > 0 ? money(rep.goalMinor) : 'no goal'}
                </td>
                <td>{rep.forecast ? formatInstant(rep.forecast.createdAt, team.locale, team.timeZone) : <span className="muted">Never</span>}</td>
                <td>
                  {rep.commitments.length === 0 ? (
                    <span className="muted">No commitments this sprint</span>
                  ) : (
                    <>
                      <span className="small muted">{describeCommitmentsMet(rep.commitments.length, met, missed)}</span>
                      <CommitmentList commitments={rep.commitments} money={money} />
                    </>
                  )}
                </td>
              </>
            );
          }}
        />
      </div>
    </section>
  );
}
