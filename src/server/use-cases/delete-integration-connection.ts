import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';
import { auditedConnection } from '@/server/webhooks/connection-summary';

/**
 * Deletes a connection with its delivery log and queue (admins); audited. Deals it made
 * stay, and so does the user that stands for it in their histories.
 */
export async function deleteIntegrationConnection(options: { actor: SessionUser; connectionId: string }): Promise<{ deleted: true }> {
  const before = await loadConnectionForAdmin(options.actor, options.connectionId);
  await prisma.$transaction(async (tx) => {
    await tx.integrationConnection.delete({ where: { id: before.id } });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'integration.delete', objectType: 'IntegrationConnection', objectId: before.id, before: auditedConnection(before) });
  }, adminTransactionOptions);
  return { deleted: true };
}
