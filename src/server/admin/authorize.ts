import type { TransactionClient } from '@/server/db';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { AdminActor, Refusal } from '@/domain/admin/permissions';
import { loadBoardActor } from '@/server/board/actor-context';

/** The actor with the teams they lead and manage, as the administration rules need. */
export async function loadAdminActor(actor: SessionUser, client: TransactionClient | typeof prisma = prisma): Promise<AdminActor> {
  const { id, role, ledTeamIds, managedTeamIds } = await loadBoardActor(actor, client);
  return { id, role, ledTeamIds, managedTeamIds };
}

/** Throws 403 with the rule's reason when it refuses. */
export function assertAllowed(refusal: Refusal): void {
  if (refusal !== null) throw new AppError('FORBIDDEN', refusal);
}
