import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getBoard } from '@/server/use-cases/get-board';
import { getSprintOverview } from '@/server/use-cases/get-sprint-overview';
import { listSprints } from '@/server/use-cases/list-sprints';
import { ForecastForm, type ForecastDeal } from '@/components/sprints/forecast-form';
import { SprintHeader } from '@/components/sprints/sprint-header';
import { SprintRepsTable, SprintRollUp } from '@/components/sprints/sprint-overview-view';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';
import { formatDay } from '@/components/sprints/sprint-format';
import { SprintLiveRefresh } from '@/components/sprints/sprint-live-refresh';

export const metadata: Metadata = { title: 'Sprint' };

type Parameters = Promise<{ teamId: string; sprintId: string }>;

// GET /sprints/:teamId/:sprintId — the team's sprint: the rolled-up forecast, every rep's
// forecast and commitments, and the signed-in rep's own forecast form.
export default async function SprintPage({ params }: { params: Parameters }) {
  const { teamId, sprintId } = await params;
  const user = await requireSessionUser(`/sprints/${encodeURIComponent(teamId)}/${encodeURIComponent(sprintId)}`);
  const { data: overview, problem } = await loadOrProblem(() => getSprintOverview({ actor: user, teamId, sprintId }));
  if (problem) return <SprintProblem {...problem} />;

  const month = await loadOrProblem(() => listSprints({ actor: user, teamId, month: overview.sprint.month }));
  const me = overview.reps.find((rep) => rep.userId === user.id);
  // The running sprint takes forecasts, and so does the next one (planning ahead).
  const canForecast = overview.forecastWindow === 'open' || overview.forecastWindow === 'planning';
  let openDeals: ForecastDeal[] = [];
  if (me && canForecast) {
    const board = await getBoard({ actor: user, scope: { kind: 'rep', userId: user.id } });
    openDeals = board.deals
      .filter((deal) => deal.stage !== 'COMPLETED' && deal.deletedAt === null && deal.teamId === teamId)
      .map((deal) => ({ id: deal.id, account: deal.account, title: deal.title, amountMinor: deal.amountMinor, stage: deal.stage }));
  }

  return (
    <div className="sprint-page">
      <SprintHeader
        team={overview.team}
        sprint={overview.sprint}
        mode="overview"
        previousSprintId={overview.previousSprintId}
        nextSprintId={overview.nextSprintId}
        monthSprints={month.data?.sprints}
      />
      {overview.forecastWindow === 'planning' ? (
        <p className="notice sprint-planning-note" data-testid="sprint-planning-note">
          Planning ahead: this sprint starts on {formatDay(overview.sprint.startsOn, overview.team.locale)}.
          Forecasts and commitments entered now count for it.
        </p>
      ) : overview.forecastWindow === 'not-yet' ? (
        <p className="notice" data-testid="sprint-planning-note">
          This sprint opens for forecasts and commitments once the sprint before it is running.
        </p>
      ) : null}
      {overview.sprint.state !== 'past' ? <SprintLiveRefresh teamId={overview.team.id} /> : null}
      <SprintRollUp overview={overview} />
      {me && canForecast ? (
        <ForecastForm
          key={overview.sprint.id}
          team={overview.team}
          sprintId={overview.sprint.id}
          userId={user.id}
          forecast={me.forecast}
          commitments={me.commitments}
          openDeals={openDeals}
        />
      ) : null}
      <SprintRepsTable overview={overview} />
    </div>
  );
}
