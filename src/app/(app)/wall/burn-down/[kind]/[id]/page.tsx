import type { Metadata } from 'next';
import type { TBurnDown, TWallScope, TWallSnapshot } from '@/schemas/wall';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getBurnDown } from '@/server/use-cases/get-burn-down';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { BurnDownPageView } from '@/components/wall/burn-down-page-view';
import { WallProblem } from '@/components/wall/wall-problem';
import { FlowSummary } from '@/components/signals/flow-summary';
import type { TMonthFlowReport } from '@/schemas/signals';
import { getMonthFlow } from '@/server/use-cases/get-month-flow';
import { describeWallProblem } from '../../../wall-problems';

export const metadata: Metadata = { title: 'Burn-down' };

type Parameters = Promise<{ kind: string; id: string }>;
type SearchParameters = Promise<Record<string, string | string[] | undefined>>;

// GET /wall/burn-down/:kind/:id?month=YYYY-MM — the 2D burn-down of a rep, team, office or the company.
export default async function BurnDownPage({ params, searchParams }: { params: Parameters; searchParams: SearchParameters }) {
  const { kind, id } = await params;
  await requireSessionUser(`/wall/burn-down/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`);
  const month = (await searchParams).month;

  let burnDown: TBurnDown;
  try {
    burnDown = await getBurnDown({ scope: { kind, id }, month: typeof month === 'string' ? month : null });
  } catch (error) {
    const problem = describeWallProblem(error);
    return <WallProblem title={problem.title} message={problem.message} />;
  }

  // The wall this scope belongs to, so the chart can follow its live figures.
  const officeId = burnDown.scope.kind === 'company' ? null : burnDown.bar.officeId;
  const scope: TWallScope = officeId ? { kind: 'office', officeId } : { kind: 'company' };
  let snapshot: TWallSnapshot | null = null;
  try {
    snapshot = await getWallSnapshot({ scope, month: burnDown.month });
  } catch {
    // The month has not begun in that office's time zone yet: show the chart as it is.
  }
  const back = new URLSearchParams({ office: burnDown.scope.kind === 'office' ? 'all' : (officeId ?? 'all') });
  if (snapshot && !snapshot.isCurrentMonth) back.set('month', burnDown.month);
  if (burnDown.scope.kind === 'rep') back.set('view', 'reps');
  if (burnDown.scope.kind === 'office') back.set('view', 'offices');

  // The month's flow (new, pulled in, pushed out, won, lost) for a team or an office, this month only.
  let flow: TMonthFlowReport | null = null;
  if ((burnDown.scope.kind === 'team' || burnDown.scope.kind === 'office') && (!snapshot || snapshot.isCurrentMonth)) {
    flow = await getMonthFlow({ scope: { kind: burnDown.scope.kind, id: burnDown.scope.id } }).catch(() => null);
  }

  return (
    <>
      <BurnDownPageView initialBurnDown={burnDown} initialSnapshot={snapshot} backHref={`/wall?${back}`} />
      {flow ? (
        <div className="flow-on-burn-down">
          <FlowSummary report={flow} />
        </div>
      ) : null}
    </>
  );
}
