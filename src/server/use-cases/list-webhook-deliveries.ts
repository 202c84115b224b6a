import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { TDeliveryList } from '@/schemas/integrations';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';

/** A connection's most recent deliveries, newest first, with their failed and pending events (admins). */
export async function listWebhookDeliveries(options: { actor: SessionUser; connectionId: string }): Promise<TDeliveryList> {
  const connection = await loadConnectionForAdmin(options.actor, options.connectionId);
  const deliveries = await prisma.webhookDelivery.findMany({ where: { connectionId: connection.id }, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], take: 100 });
  const states = deliveries.length === 0 ? [] : await prisma.webhookEvent.groupBy({
    by: ['deliveryId', 'state'],
    where: { deliveryId: { in: deliveries.map((delivery) => delivery.id) }, state: { in: ['FAILED', 'PENDING'] } },
    _count: { _all: true },
  });
  const count = (deliveryId: string, state: 'FAILED' | 'PENDING') => states.find((row) => row.deliveryId === deliveryId && row.state === state)?._count._all ?? 0;
  return {
    deliveries: deliveries.map((delivery) => ({
      id: delivery.id,
      status: delivery.status,
      error: delivery.error,
      eventCount: delivery.eventCount,
      duplicateCount: delivery.duplicateCount,
      failedEvents: count(delivery.id, 'FAILED'),
      pendingEvents: count(delivery.id, 'PENDING'),
      dealIds: delivery.dealIds,
      receivedAt: delivery.receivedAt.toISOString(),
    })),
  };
}
