import type { Metadata } from 'next';
import { formatMonth, monthKey, parseMonthKey } from '@/domain/calendar';
import type { TWallScope, TWallSnapshot } from '@/schemas/wall';
import { requireSessionUser } from '@/server/auth/get-session-user';
import type { SessionUser } from '@/server/auth/session-user';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { WallProblem } from '@/components/wall/wall-problem';
import { WallView, type WallMonthOption, type WallViewMode } from '@/components/wall/wall-view';
import { describeWallProblem } from './wall-problems';

export const metadata: Metadata = { title: 'Wall' };

type SearchParameters = Promise<Record<string, string | string[] | undefined>>;

const monthsBack = 12;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Reps and leads start on their own office; managers and admins on the whole company. */
function defaultOfficeId(user: SessionUser, company: TWallSnapshot): string | null {
  if (user.role !== 'REP' && user.role !== 'LEAD') return null;
  return company.teams.find((team) => team.id === user.teamId)?.officeId ?? null;
}

/** The current month and the twelve before it (and an older one if the address asks for it). */
function monthOptions(currentKey: string, requested: string | null, locale: string): WallMonthOption[] {
  const current = parseMonthKey(currentKey)!;
  const keys: string[] = [];
  for (let back = 0; back <= monthsBack; back += 1) {
    keys.push(monthKey(new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - back, 1))));
  }
  if (requested && parseMonthKey(requested) && !keys.includes(requested) && requested < currentKey) keys.push(requested);
  return keys.map((key) => ({ key, label: formatMonth(parseMonthKey(key)!, locale) }));
}

// GET /wall?office=<id>|all&view=teams|reps|offices&month=YYYY-MM — the pacing wall.
export default async function WallPage({ searchParams }: { searchParams: SearchParameters }) {
  const user = await requireSessionUser('/wall');
  const parameters = await searchParams;
  const requestedMonth = first(parameters.month);
  const requestedOffice = first(parameters.office);
  const requestedView = first(parameters.view);
  const view: WallViewMode = requestedView === 'reps' || requestedView === 'offices' ? requestedView : 'teams';

  let company: TWallSnapshot;
  let snapshot: TWallSnapshot;
  let officeId: string | null;
  try {
    // This month's company-wide figures name the offices and say which month is current.
    company = await getWallSnapshot({ scope: { kind: 'company' } });
    officeId = requestedOffice === 'all' ? null : (requestedOffice ?? defaultOfficeId(user, company));
    const scope: TWallScope = officeId ? { kind: 'office', officeId } : { kind: 'company' };
    const isCurrentMonth = !requestedMonth || requestedMonth === company.month;
    snapshot = scope.kind === 'company' && isCurrentMonth ? company : await getWallSnapshot({ scope, month: isCurrentMonth ? null : requestedMonth });
  } catch (error) {
    const problem = describeWallProblem(error);
    return <WallProblem title={problem.title} message={problem.message} />;
  }

  const offices = company.offices.map((office) => ({ id: office.id, name: office.name }));
  return (
    <WallView
      key={`${officeId ?? 'all'}:${snapshot.month}:${snapshot.isCurrentMonth}`}
      initialSnapshot={snapshot}
      offices={offices}
      officeId={officeId}
      initialView={view}
      month={snapshot.isCurrentMonth ? null : snapshot.month}
      monthOptions={monthOptions(company.month, requestedMonth, company.company?.locale ?? 'en-US')}
      canManageScreens={user.role === 'ADMIN' || user.role === 'LEAD'}
    />
  );
}
