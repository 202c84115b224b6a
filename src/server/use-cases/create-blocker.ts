import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToRunRituals } from '@/domain/sprints/permissions';
import { ZCreateBlockerInput, type TBlocker } from '@/schemas/sprint';
import { assertAllowed, loadSprintTeam, loadTeamSprint } from '@/server/sprints/team-context';
import { toBlocker } from '@/server/sprints/payloads';

/** The lead notes something in a rep's way at the standup. */
export async function createBlocker(options: { actor: SessionUser; teamId: string; sprintId: string; input: unknown }): Promise<{ blocker: TBlocker }> {
  const context = await loadSprintTeam(options.actor, options.teamId);
  assertAllowed(refusalToRunRituals(context.actor, context.team.id));
  const input = ZCreateBlockerInput.parse(options.input);
  const sprint = await loadTeamSprint(context, options.sprintId);
  const rep = await prisma.user.findUnique({ where: { id: input.repId }, select: { teamId: true, active: true } });
  if (!rep || rep.teamId !== context.team.id || !rep.active) throw new AppError('UNPROCESSABLE', `That person is not on ${context.team.name}.`);
  const blocker = await prisma.blocker.create({
    data: { teamId: context.team.id, sprintId: sprint.id, repId: input.repId, text: input.text, createdById: context.actor.id },
  });
  return { blocker: toBlocker(blocker) };
}
