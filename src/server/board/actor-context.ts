import type { TransactionClient } from '@/server/db';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { BoardActor } from '@/domain/board/permissions';

/** The actor with the teams they lead and manage, as the permission rules need. */
export async function loadBoardActor(actor: SessionUser, client: TransactionClient | typeof prisma = prisma): Promise<BoardActor> {
  const teams = await client.team.findMany({
    where: { OR: [{ leadId: actor.id }, { managerId: actor.id }] },
    select: { id: true, leadId: true, managerId: true },
  });
  return {
    id: actor.id,
    role: actor.role,
    teamId: actor.teamId,
    ledTeamIds: teams.filter((team) => team.leadId === actor.id).map((team) => team.id),
    managedTeamIds: teams.filter((team) => team.managerId === actor.id).map((team) => team.id),
  };
}
