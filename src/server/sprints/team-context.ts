import { ZEntityId } from '@/schemas/primitives';
import type { Sprint } from '@/generated/prisma/client';
import type { StaleThresholds } from '@/domain/board/staleness';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { canViewTeamBoard, type BoardActor } from '@/domain/board/permissions';
import { refusalToRunRituals } from '@/domain/sprints/permissions';
import type { TSprintTeam } from '@/schemas/sprint';
import { staleAfterSelection } from '@/server/board/team-settings-selection';

// Every sprint read and write starts here: the team, the office whose calendar cuts its
// sprints, and whether the caller may see it (the same rule as the team's board).

export type SprintTeamContext = {
  actor: BoardActor;
  actorName: string;
  team: TSprintTeam;
  staleAfterDays: number;
  /** Per-column "stale after" days (a column without its own uses staleAfterDays). */
  staleThresholds: StaleThresholds;
  canRunRituals: boolean;
};

const ZId = ZEntityId;

export { assertAllowed } from '@/server/errors';

export async function loadSprintTeam(sessionUser: SessionUser, teamId: string): Promise<SprintTeamContext> {
  const id = ZId.parse(teamId);
  const actor = sessionUser;
  const team = await prisma.team.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      colour: true,
      officeId: true,
      ...staleAfterSelection,
      office: { select: { name: true, timeZone: true, locale: true, currency: true } },
    },
  });
  if (!team) throw new AppError('NOT_FOUND', 'No such team.');
  if (!canViewTeamBoard(actor, team.id)) {
    throw new AppError('FORBIDDEN', 'You cannot see this team: it is not one you are on, lead or manage.');
  }
  return {
    actor,
    actorName: sessionUser.name,
    team: {
      id: team.id,
      name: team.name,
      colour: team.colour,
      officeId: team.officeId,
      officeName: team.office.name,
      timeZone: team.office.timeZone,
      locale: team.office.locale,
      currency: team.office.currency,
    },
    staleAfterDays: team.staleAfterDays,
    staleThresholds: {
      staleAfterDays: team.staleAfterDays,
      byStage: { BACKLOG: team.staleAfterDaysBacklog, TODO: team.staleAfterDaysTodo, IN_PROGRESS: team.staleAfterDaysInProgress },
    },
    canRunRituals: refusalToRunRituals(actor, team.id) === null,
  };
}

/** A sprint of the team's office, or 404. */
export async function loadTeamSprint(context: SprintTeamContext, sprintId: string): Promise<Sprint> {
  const id = ZId.parse(sprintId);
  const sprint = await prisma.sprint.findUnique({ where: { id } });
  if (!sprint || sprint.officeId !== context.team.officeId) throw new AppError('NOT_FOUND', "No such sprint in this team's office.");
  return sprint;
}

/** Active people whose team this is, by name: the rows of standups and sprint views. */
export async function loadTeamMembers(teamId: string): Promise<{ id: string; name: string; colour: string }[]> {
  return prisma.user.findMany({
    where: { teamId, active: true },
    select: { id: true, name: true, colour: true },
    orderBy: { name: 'asc' },
  });
}
