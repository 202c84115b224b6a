import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { endSessions } from '@/server/auth/end-sessions';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';

/** "Sign out everywhere": ends every session of the caller, this one included. */
export async function endAllSessions(options: { actor: SessionUser }): Promise<{ ended: true }> {
  await prisma.$transaction(async (tx) => {
    await endSessions(options.actor.id, tx);
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'user.end-sessions', objectType: 'User', objectId: options.actor.id });
  }, adminTransactionOptions);
  return { ended: true };
}
