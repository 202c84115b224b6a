import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToRunRituals } from '@/domain/sprints/permissions';
import { assertAllowed, loadSprintTeam, loadTeamSprint } from '@/server/sprints/team-context';

/** Records that the lead ran the standup: the next one's "what moved" starts here. */
export async function finishStandup(options: { actor: SessionUser; teamId: string; sprintId: string; now?: Date }): Promise<{ standup: { id: string; heldAt: string } }> {
  const context = await loadSprintTeam(options.actor, options.teamId);
  assertAllowed(refusalToRunRituals(context.actor, context.team.id));
  const sprint = await loadTeamSprint(context, options.sprintId);
  const standup = await prisma.standup.create({
    data: { teamId: context.team.id, sprintId: sprint.id, ledById: context.actor.id, heldAt: options.now ?? new Date() },
  });
  return { standup: { id: standup.id, heldAt: standup.heldAt.toISOString() } };
}
