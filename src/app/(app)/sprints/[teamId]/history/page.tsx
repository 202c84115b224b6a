import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { AppError } from '@/server/errors';
import { getForecastAccuracy } from '@/server/use-cases/get-forecast-accuracy';
import { getSprintHistory } from '@/server/use-cases/get-sprint-history';
import { getSprintOverview } from '@/server/use-cases/get-sprint-overview';
import { listSprints } from '@/server/use-cases/list-sprints';
import { ForecastAccuracyTable, SprintHistoryView } from '@/components/sprints/history-view';
import { SprintTeamLine, sprintPath } from '@/components/sprints/sprint-header';
import { formatLongMonth, previousMonths } from '@/components/sprints/sprint-format';
import { describeSprintProblem, loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';
import { ItemOptions, Options } from '@/components/ui/field';

export const metadata: Metadata = { title: 'Sprint history' };

type SearchParameters = Promise<Record<string, string | string[] | undefined>>;

const monthChoices = ['3', '6', '12'] as const;

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

// GET /sprints/:teamId/history?months=3|6|12&userId=&accuracyMonth=YYYY-MM — velocity per
// sprint for the team or one rep, and the forecast accuracy of a finished month.
export default async function SprintHistoryPage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: SearchParameters }) {
  const { teamId } = await params;
  const parameters = await searchParams;
  const user = await requireSessionUser(`/sprints/${encodeURIComponent(teamId)}/history`);
  const requestedMonths = first(parameters.months);
  const months = monthChoices.find((choice) => choice === requestedMonths) ?? '3';
  const userId = first(parameters.userId);
  const accuracyMonth = first(parameters.accuracyMonth) ?? null;

  const { data: list, problem } = await loadOrProblem(() => listSprints({ actor: user, teamId }));
  if (problem) return <SprintProblem {...problem} />;
  const { team } = list;
  const overview = list.currentSprintId ? await loadOrProblem(() => getSprintOverview({ actor: user, teamId, sprintId: list.currentSprintId! })) : null;
  const reps = overview?.data?.reps.map((rep) => ({ userId: rep.userId, name: rep.name })) ?? [];

  const history = await loadOrProblem(() => getSprintHistory({ actor: user, teamId, query: { months, ...(userId ? { userId } : {}) } }));
  let accuracy: Awaited<ReturnType<typeof getForecastAccuracy>> | null = null;
  let accuracyProblem: string | null = null;
  try {
    accuracy = await getForecastAccuracy({ actor: user, teamId, month: accuracyMonth });
  } catch (error) {
    if (!(error instanceof AppError) && !describeSprintProblem(error)) throw error;
    accuracyProblem = describeSprintProblem(error)?.message ?? 'That month cannot be shown.';
  }
  const accuracyMonths = previousMonths(list.month, 12);
  const shownAccuracyMonth = accuracy?.month ?? accuracyMonth ?? accuracyMonths[0]!;
  const scopeName = userId ? (reps.find((rep) => rep.userId === userId)?.name ?? 'One rep') : `${team.name} (whole team)`;

  return (
    <div className="sprint-page">
      <header className="sprint-header">
        <div className="sprint-header-top">
          <div>
            <SprintTeamLine team={team} />
            <h1 className="page-title">Sprint history</h1>
          </div>
          {list.currentSprintId ? (
            <AppLink className="button secondary small" href={sprintPath(team.id, list.currentSprintId)}>
              Back to this week’s sprint
            </AppLink>
          ) : null}
        </div>
      </header>

      <form className="sprint-toolbar" method="get" aria-label="Choose history">
        <div className="field">
          <label htmlFor="history-user">Show</label>
          <select id="history-user" name="userId" defaultValue={userId ?? ''}>
            <option value="">Whole team</option>
            <ItemOptions items={reps} value={(rep) => rep.userId} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-months">Period</label>
          <select id="history-months" name="months" defaultValue={months}>
            <Options values={monthChoices} label={(choice) => <>Last {choice} months</>} />
          </select>
        </div>
        {accuracyMonth ? <input type="hidden" name="accuracyMonth" value={accuracyMonth} /> : null}
        <button type="submit" className="button secondary">
          Show history
        </button>
      </form>

      {history.problem ? (
        <p className="alert" role="alert">
          {history.problem.message}
        </p>
      ) : (
        <SprintHistoryView history={history.data} scopeName={scopeName} />
      )}

      <section className="card" aria-labelledby="accuracy-title">
        <h2 id="accuracy-title" className="sprint-section-title">
          Forecast accuracy, {formatLongMonth(shownAccuracyMonth, team.locale)}
        </h2>
        <p className="muted">How close each week’s forecast came to what the month actually brought in. Shown once a month is over.</p>
        <form className="sprint-toolbar" method="get" aria-label="Choose accuracy month">
          <input type="hidden" name="months" value={months} />
          {userId ? <input type="hidden" name="userId" value={userId} /> : null}
          <div className="field">
            <label htmlFor="accuracy-month">Month</label>
            <select id="accuracy-month" name="accuracyMonth" defaultValue={shownAccuracyMonth}>
              <Options values={accuracyMonths} label={(month) => formatLongMonth(month, team.locale)} />
            </select>
          </div>
          <button type="submit" className="button secondary">
            Show accuracy
          </button>
        </form>
        {accuracy ? (
          <ForecastAccuracyTable accuracy={accuracy} monthLabel={formatLongMonth(accuracy.month, team.locale)} />
        ) : (
          <p className="alert" role="alert">
            {accuracyProblem}
          </p>
        )}
      </section>
    </div>
  );
}
