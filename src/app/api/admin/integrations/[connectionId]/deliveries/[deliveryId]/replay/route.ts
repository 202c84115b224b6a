import { userRoute } from '@/server/user-route';
import { replayWebhookDelivery } from '@/server/use-cases/replay-webhook-delivery';

export const dynamic = 'force-dynamic';

// POST /api/admin/integrations/:connectionId/deliveries/:deliveryId/replay — queue a delivery's failed events again (admins).
export const POST = userRoute<{ connectionId: string; deliveryId: string }>(async ({ actor, params: { connectionId, deliveryId } }) =>
  Response.json(await replayWebhookDelivery({ actor, connectionId, deliveryId })),
);
