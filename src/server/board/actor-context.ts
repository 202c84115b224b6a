import type { TransactionClient } from '@/server/db';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { BoardActor } from '@/domain/board/permissions';

/** The actor with the teams they lead and manage, as the permission rules need. */
export async function loadBoardActor(actor: SessionUser, client: TransactionClient | typeof prisma = prisma): Promise<BoardActor> {
  const [led, managed] = await Promise.all([
    client.team.findMany({ where: { leadId: actor.id }, select: { id: true } }),
    client.team.findMany({ where: { managerId: actor.id }, select: { id: true } }),
  ]);
  return {
    id: actor.id,
    role: actor.role,
    teamId: actor.teamId,
    ledTeamIds: led.map((team) => team.id),
    managedTeamIds: managed.map((team) => team.id),
  };
}
