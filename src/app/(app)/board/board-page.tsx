import { ZodError } from 'zod';
import { requireSessionUser } from '@/server/auth/get-session-user';
import type { SessionUser } from '@/server/auth/session-user';
import { AppError } from '@/server/errors';
import { getBoard } from '@/server/use-cases/get-board';
import type { BoardActor } from '@/domain/board/permissions';
import type { TBoard, TBoardScope } from '@/schemas/deal';
import { ProblemState } from '@/components/ui/states';
import { BoardView } from '@/components/board/board-view';
import { BoardSignalsProvider } from '@/components/signals/board-signals';
import type { BoardChoice } from '@/components/board/board-toolbar';
import { BoardSprintStrip } from '@/components/sprints/board-sprint-strip';
import { listSprints } from '@/server/use-cases/list-sprints';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import type { TSprint, TSprintList } from '@/schemas/sprint';

// Every board page reads the session and the board, then renders the board view. A
// board the user may not see, or that does not exist, gets a plain explanation.

export type BoardSearchParameters = Promise<Record<string, string | string[] | undefined>>;

/** What Next.js hands a board route's page: its path parameters and the query. */
export type BoardRouteProps<Parameters> = { params: Promise<Parameters>; searchParams: BoardSearchParameters };

const problemTitles: Partial<Record<AppError['code'], string>> = {
  FORBIDDEN: 'This board is not yours to see',
  NOT_FOUND: 'There is no such board',
  BAD_REQUEST: 'That month cannot be shown',
};

/**
 * The boards the user can switch to. Team names come from the board on screen (a
 * manager's board names all their teams); teams it does not show are reached through
 * "Teams I manage" rather than listed without a name.
 */
function boardChoices(user: SessionUser, actor: BoardActor, board: TBoard | null, currentPath: string): BoardChoice[] {
  const teamName = (teamId: string) => board?.teams.find((team) => team.id === teamId)?.name;
  const teamHref = (teamId: string) => `/board/team/${encodeURIComponent(teamId)}`;
  const choices: { href: string; label: string }[] = [];
  if (user.teamId) choices.push({ href: teamHref(user.teamId), label: 'My team' });
  if (user.teamId) choices.push({ href: `/board/rep/${encodeURIComponent(user.id)}`, label: 'My deals' });
  if (user.role === 'MANAGER') choices.push({ href: `/board/manager/${encodeURIComponent(user.id)}`, label: 'Teams I manage' });
  for (const teamId of [...actor.ledTeamIds, ...actor.managedTeamIds]) {
    const name = teamName(teamId);
    if (teamId !== user.teamId && name) choices.push({ href: teamHref(teamId), label: name });
  }
  if (user.role === 'ADMIN') choices.push({ href: '/board/company', label: 'Company' });
  const seen = new Set<string>();
  return choices
    .filter((choice) => (seen.has(choice.href) ? false : (seen.add(choice.href), true)))
    .map((choice) => ({ ...choice, isCurrent: choice.href === currentPath }));
}

export async function BoardPage({
  scope,
  path,
  searchParams,
}: {
  scope: TBoardScope;
  path: string;
  searchParams: BoardSearchParameters;
}) {
  const user = await requireSessionUser(path);
  const parameters = await searchParams;
  const completedMonth = typeof parameters.completedMonth === 'string' ? parameters.completedMonth : null;
  const actor = user;

  let board: TBoard;
  try {
    board = await getBoard({ actor: user, scope, completedMonth });
  } catch (error) {
    const problem =
      error instanceof AppError && problemTitles[error.code]
        ? { title: problemTitles[error.code]!, message: error.message }
        : error instanceof ZodError
          ? { title: problemTitles.NOT_FOUND!, message: 'That address does not name a board.' }
          : null;
    if (!problem) throw error;
    return <ProblemState {...problem} href="/board" action="Go to your board" className="board-page board-problem" titleId="board-problem-title" />;
  }

  const sprints = await loadBoardSprints(user, board);
  return (
    <>
      {sprints ? <BoardSprintStrip {...sprints} /> : null}
      <BoardSignalsProvider key={`${JSON.stringify(board.scope)}:${board.completedMonth}`} closeDateChanges={board.closeDateChanges}>
        <BoardView
          key={`${JSON.stringify(board.scope)}:${board.completedMonth}`}
          initialBoard={board}
          actor={actor}
          choices={boardChoices(user, actor, board, path)}
        />
      </BoardSignalsProvider>
    </>
  );
}

/**
 * The current sprint of a one-team board (a team's or a rep's), and the sprints of this
 * month and last to look back at. Boards spanning teams have no single sprint.
 */
async function loadBoardSprints(user: SessionUser, board: TBoard): Promise<{ team: TSprintList['team']; current: TSprint; earlier: TSprint[] } | null> {
  const team = board.teams.length === 1 ? board.teams[0]! : null;
  if (!team || (board.scope.kind !== 'team' && board.scope.kind !== 'rep')) return null;
  const currentMonth = monthStartInZone(new Date(), team.timeZone);
  const previousKey = monthKey(new Date(Date.UTC(currentMonth.getUTCFullYear(), currentMonth.getUTCMonth() - 1, 1)));
  let thisMonth: TSprintList;
  let lastMonth: TSprintList;
  try {
    [thisMonth, lastMonth] = await Promise.all([
      listSprints({ actor: user, teamId: team.id, month: monthKey(currentMonth) }),
      listSprints({ actor: user, teamId: team.id, month: previousKey }),
    ]);
  } catch (error) {
    // A board the user may see but a team they may not (a rep's own board after a move): no strip.
    if (error instanceof AppError) return null;
    throw error;
  }
  const current = thisMonth.sprints.find((sprint) => sprint.id === thisMonth.currentSprintId);
  if (!current) return null;
  const earlier = [...lastMonth.sprints, ...thisMonth.sprints].filter((sprint) => sprint.state === 'past').reverse();
  return { team: thisMonth.team, current, earlier };
}
