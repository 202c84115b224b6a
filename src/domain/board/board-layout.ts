import type { TBoard, TBoardLane, TBoardTeam, TDealCard, TDealStage } from '@/schemas/deal';
import { canAssignDeal, canCreateDealFor, canEditDeal, type BoardActor } from './permissions';

// How a board is laid out and who may put a card where: the lanes (one per rep, plus one
// for a card whose rep the board did not list), the lanes grouped by team on a board of
// several teams, and the drop and create rules read from the domain's permissions. Pure,
// shared by the board's hook and its tests.

export const unknownLaneColour = '#9aa3af';

export type LaneGroup = { team: TBoardTeam | null; lanes: TBoardLane[] };

/** The board's lanes, plus a plain one for each card owner the board did not list. */
export function lanesForCards(boardLanes: readonly TBoardLane[], cards: readonly TDealCard[]): TBoardLane[] {
  const known = new Set(boardLanes.map((lane) => lane.userId));
  const extra: TBoardLane[] = [];
  for (const card of cards) {
    if (known.has(card.ownerId)) continue;
    known.add(card.ownerId);
    extra.push({ userId: card.ownerId, name: 'Another rep', colour: unknownLaneColour, teamId: card.teamId, active: true });
  }
  return [...boardLanes, ...extra];
}

/**
 * The lanes under their team's heading, in the board's team order, on a board of several
 * teams; lanes of no listed team come last. A one-team board is one group.
 */
export function groupLanesByTeam(teams: readonly TBoardTeam[], lanes: readonly TBoardLane[]): LaneGroup[] {
  if (teams.length <= 1) return [{ team: teams[0] ?? null, lanes: [...lanes] }];
  const teamIds = new Set(teams.map((team) => team.id));
  const byTeam = new Map<string, TBoardLane[]>();
  const other: TBoardLane[] = [];
  for (const lane of lanes) {
    if (lane.teamId && teamIds.has(lane.teamId)) byTeam.set(lane.teamId, [...(byTeam.get(lane.teamId) ?? []), lane]);
    else other.push(lane);
  }
  const groups: LaneGroup[] = teams.filter((team) => byTeam.has(team.id)).map((team) => ({ team, lanes: byTeam.get(team.id)! }));
  if (other.length > 0) groups.push({ team: null, lanes: other });
  return groups;
}

/**
 * Whether `actor` may put `card` in `stage` of the lane of `ownerId` (`lane` is that lane,
 * or undefined when the board does not show it). Closing and reopening keep the owner;
 * only open deals change hands.
 */
export function canPlaceDeal(actor: BoardActor, card: TDealCard, ownerId: string, stage: TDealStage, lane: TBoardLane | undefined): boolean {
  if (!canEditDeal(actor, card)) return false;
  const isSameLane = ownerId === card.ownerId;
  if (card.stage === 'COMPLETED' || stage === 'COMPLETED') return isSameLane;
  if (isSameLane) return true;
  return lane !== undefined && canAssignDeal(actor, card, { id: lane.userId, teamId: lane.teamId, active: lane.active });
}

export type OwnerChoice = { id: string; name: string; currency: string };

/** The reps `actor` may create a deal for, each with the currency of their team. */
export function creatableOwners(actor: BoardActor, board: Pick<TBoard, 'lanes' | 'teams'>): OwnerChoice[] {
  const currencyOf = new Map(board.teams.map((team) => [team.id, team.currency]));
  const fallback = board.teams[0]?.currency ?? 'USD';
  return board.lanes
    .filter((lane) => lane.active && canCreateDealFor(actor, { id: lane.userId, teamId: lane.teamId, active: lane.active }))
    .map((lane) => ({ id: lane.userId, name: lane.name, currency: (lane.teamId ? currencyOf.get(lane.teamId) : undefined) ?? fallback }));
}

/** The line under the board's title: its teams or currency, and when a deal goes stale. */
export function boardSubtitle(board: Pick<TBoard, 'teams' | 'scope'>): string {
  const primaryTeam = board.teams[0];
  if (board.teams.length > 1) return `${board.teams.length} teams · stale after ${primaryTeam?.staleAfterDays ?? 14} days in a column`;
  if (!primaryTeam) return 'Not on a team';
  return `${board.scope.kind === 'rep' ? 'Own deals · ' : ''}Amounts in ${primaryTeam.currency} · stale after ${primaryTeam.staleAfterDays} days in a column`;
}
