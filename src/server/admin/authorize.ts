import type { TransactionClient } from '@/server/db';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { AdminActor } from '@/domain/admin/permissions';

/**
 * The actor with the teams they lead and manage, as the administration rules need. Read
 * again here, inside the administrative change's own transaction when it passes one,
 * rather than taken from the session: these changes may move leads and managers.
 */
export async function loadAdminActor(actor: SessionUser, client: TransactionClient | typeof prisma = prisma): Promise<AdminActor> {
  const teams = await client.team.findMany({
    where: { OR: [{ leadId: actor.id }, { managerId: actor.id }] },
    select: { id: true, leadId: true, managerId: true },
  });
  return {
    id: actor.id,
    role: actor.role,
    ledTeamIds: teams.filter((team) => team.leadId === actor.id).map((team) => team.id),
    managedTeamIds: teams.filter((team) => team.managerId === actor.id).map((team) => team.id),
  };
}

export { assertAllowed } from '@/server/errors';
