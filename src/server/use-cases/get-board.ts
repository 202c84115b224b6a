import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import {
  canViewCompanyBoard,
  canViewManagerBoard,
  canViewTeamBoard,
  type BoardActor,
} from '@/domain/board/permissions';
import { monthKey, monthRangeInZone, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { ZBoardScope, type TBoard, type TBoardLane, type TBoardScope, type TBoardTeam } from '@/schemas/deal';
import { toDealCard } from '@/server/board/deal-card';
import { currentSequence } from '@/server/current-sequence';
import { loadCloseDateChanges } from '@/server/signals/close-date-changes';
import { stageWeightSelection, staleAfterSelection } from '@/server/board/team-settings-selection';

const teamSelection = {
  id: true,
  name: true,
  colour: true,
  officeId: true,
  ...staleAfterSelection,
  ...stageWeightSelection,
  office: { select: { locale: true, currency: true, timeZone: true } },
} as const;

type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamSelection }>;

function toBoardTeam(team: TeamRow): TBoardTeam {
  return {
    id: team.id,
    name: team.name,
    colour: team.colour,
    officeId: team.officeId,
    staleAfterDays: team.staleAfterDays,
    staleAfterDaysByStage: { BACKLOG: team.staleAfterDaysBacklog, TODO: team.staleAfterDaysTodo, IN_PROGRESS: team.staleAfterDaysInProgress },
    stageWeights: { BACKLOG: team.weightBacklog, TODO: team.weightTodo, IN_PROGRESS: team.weightInProgress },
    locale: team.office.locale,
    currency: team.office.currency,
    timeZone: team.office.timeZone,
  };
}

const forbidden = () => new AppError('FORBIDDEN', 'You cannot see this board: it belongs to a team you are not on, lead or manage.');

async function resolveScope(
  actor: BoardActor,
  scope: TBoardScope,
): Promise<{ title: string; teams: TeamRow[]; ownerId?: string }> {
  switch (scope.kind) {
    case 'team': {
      const team = await prisma.team.findUnique({ where: { id: scope.teamId }, select: teamSelection });
      if (!team) throw new AppError('NOT_FOUND', 'No such team.');
      if (!canViewTeamBoard(actor, team.id)) throw forbidden();
      return { title: team.name, teams: [team] };
    }
    case 'rep': {
      const rep = await prisma.user.findUnique({
        where: { id: scope.userId },
        select: { id: true, name: true, team: { select: teamSelection } },
      });
      if (!rep) throw new AppError('NOT_FOUND', 'No such person.');
      if (rep.id !== actor.id && (!rep.team || !canViewTeamBoard(actor, rep.team.id))) throw forbidden();
      return { title: rep.name, teams: rep.team ? [rep.team] : [], ownerId: rep.id };
    }
    case 'manager': {
      if (!canViewManagerBoard(actor, scope.userId)) throw forbidden();
      const manager = await prisma.user.findUnique({ where: { id: scope.userId }, select: { name: true } });
      if (!manager) throw new AppError('NOT_FOUND', 'No such person.');
      const teams = await prisma.team.findMany({
        where: { managerId: scope.userId },
        select: teamSelection,
        orderBy: { name: 'asc' },
      });
      return { title: `Teams managed by ${manager.name}`, teams };
    }
    case 'company': {
      if (!canViewCompanyBoard(actor)) throw new AppError('FORBIDDEN', 'Only admins can see the whole company board.');
      const teams = await prisma.team.findMany({ select: teamSelection, orderBy: [{ office: { name: 'asc' } }, { name: 'asc' }] });
      return { title: 'All teams', teams };
    }
  }
}

/**
 * A board: its teams, one lane per rep, and its deals: every open deal plus the deals
 * completed in one month (the current one by default), each team's month taken in its
 * office's time zone.
 */
export async function getBoard(options: {
  actor: SessionUser;
  scope: unknown;
  completedMonth?: string | null;
  now?: Date;
}): Promise<TBoard> {
  const scope = ZBoardScope.parse(options.scope);
  const now = options.now ?? new Date();
  let month: Date | null = null;
  if (options.completedMonth) {
    month = parseMonthKey(options.completedMonth);
    if (!month) throw new AppError('BAD_REQUEST', 'completedMonth must look like 2026-11.');
  }
  const actor = options.actor;
  // Read the sequence first: a change committed while the board loads is then replayed
  // by live catch-up rather than lost (a duplicate is ignored by its version).
  const sequence = await currentSequence();
  const { title, teams, ownerId } = await resolveScope(actor, scope);
  const firstZone = teams[0]?.office.timeZone ?? 'UTC';
  month ??= monthStartInZone(now, firstZone);

  const teamIds = teams.map((team) => team.id);
  const completedClauses = teams.map((team) => {
    const range = monthRangeInZone(month, team.office.timeZone);
    return { teamId: team.id, stage: 'COMPLETED' as const, closedAt: { gte: range.start, lt: range.end } };
  });
  const deals = teamIds.length
    ? await prisma.deal.findMany({
        where: {
          deletedAt: null,
          ...(ownerId ? { ownerId } : {}),
          // The open columns by name, not `not: 'COMPLETED'`: equality lets PostgreSQL read
          // both parts from the (teamId, stage, …) indexes rather than every deal the
          // team ever had (docs/decisions/023).
          OR: [{ teamId: { in: teamIds }, stage: { in: ['BACKLOG', 'TODO', 'IN_PROGRESS'] } }, ...completedClauses],
        },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      })
    : [];

  const [closeDateChanges, laneOwners] = await Promise.all([
    loadCloseDateChanges(deals.filter((deal) => deal.stage !== 'COMPLETED').map((deal) => deal.id)),
    prisma.user.findMany({
      where: ownerId
        ? { id: ownerId }
        : {
            OR: [
              { teamId: { in: teamIds }, active: true, role: { in: ['REP', 'LEAD'] } },
              { id: { in: [...new Set(deals.map((deal) => deal.ownerId))] } },
            ],
          },
      select: { id: true, name: true, colour: true, teamId: true, active: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  const teamOrder = new Map(teamIds.map((id, index) => [id, index]));
  const lanes: TBoardLane[] = laneOwners
    .map((user) => ({ userId: user.id, name: user.name, colour: user.colour, teamId: user.teamId, active: user.active }))
    .sort((a, b) => (teamOrder.get(a.teamId ?? '') ?? 99) - (teamOrder.get(b.teamId ?? '') ?? 99));

  return {
    scope,
    title,
    teams: teams.map(toBoardTeam),
    lanes,
    deals: deals.map(toDealCard),
    closeDateChanges: Object.fromEntries(closeDateChanges),
    completedMonth: monthKey(month),
    sequence,
    generatedAt: now.toISOString(),
  };
}
