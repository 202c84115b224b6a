import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToRunRituals } from '@/domain/sprints/permissions';
import { ZCreateActionItemInput, type TActionItem } from '@/schemas/sprint';
import { assertAllowed, loadSprintTeam, loadTeamSprint } from '@/server/sprints/team-context';
import { toActionItem } from '@/server/sprints/payloads';

/** An action item agreed at the retrospective, owned by someone on the team (or its lead). */
export async function createActionItem(options: { actor: SessionUser; teamId: string; sprintId: string; input: unknown; now?: Date }): Promise<{ actionItem: TActionItem }> {
  const context = await loadSprintTeam(options.actor, options.teamId);
  assertAllowed(refusalToRunRituals(context.actor, context.team.id));
  const input = ZCreateActionItemInput.parse(options.input);
  const sprint = await loadTeamSprint(context, options.sprintId);
  const owner = await prisma.user.findUnique({
    where: { id: input.ownerId },
    select: { teamId: true, active: true, leadOf: { select: { id: true } } },
  });
  const belongs = owner && owner.active && (owner.teamId === context.team.id || owner.leadOf.some((team) => team.id === context.team.id));
  if (!belongs) throw new AppError('UNPROCESSABLE', `The owner must be someone on ${context.team.name} or its lead.`, { ownerId: input.ownerId });
  const item = await prisma.actionItem.create({
    data: {
      teamId: context.team.id,
      sprintId: sprint.id,
      title: input.title,
      ownerId: input.ownerId,
      dueOn: new Date(`${input.dueOn}T00:00:00Z`),
      createdById: context.actor.id,
    },
    include: { owner: { select: { name: true } } },
  });
  return { actionItem: toActionItem(item, options.now ?? new Date(), context.team.timeZone) };
}
