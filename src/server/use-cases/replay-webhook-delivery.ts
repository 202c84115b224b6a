import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { announce } from '@/server/events';
import type { SessionUser } from '@/server/auth/session-user';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';

/**
 * Puts a delivery's failed events back in the queue (after the mapping that failed them
 * was fixed), for the worker to apply again; audited. A refused delivery stored no events:
 * the source has to send it again.
 */
export async function replayWebhookDelivery(options: { actor: SessionUser; connectionId: string; deliveryId: string }): Promise<{ requeued: number }> {
  const connection = await loadConnectionForAdmin(options.actor, options.connectionId);
  const delivery = await prisma.webhookDelivery.findFirst({ where: { id: options.deliveryId, connectionId: connection.id } });
  if (!delivery) throw new AppError('NOT_FOUND', 'No such delivery for this connection.');
  if (delivery.status !== 200) throw new AppError('CONFLICT', `This delivery was refused (${delivery.status}) and nothing of it was kept: the source must send it again.`);
  const requeued = await prisma.$transaction(async (tx) => {
    const result = await tx.webhookEvent.updateMany({ where: { deliveryId: delivery.id, state: 'FAILED' }, data: { state: 'PENDING', attempts: 0, lastError: null, availableAt: new Date() } });
    if (result.count === 0) throw new AppError('CONFLICT', 'No event of this delivery failed: there is nothing to replay.');
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { error: null } });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'integration.replay', objectType: 'WebhookDelivery', objectId: delivery.id, after: { connectionId: connection.id, requeued: result.count } });
    return result.count;
  }, adminTransactionOptions);
  announce('webhookEventsQueued', { connectionId: connection.id });
  return { requeued };
}
