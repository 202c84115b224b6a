import { userRoute } from '@/server/user-route';
import { listWebhookDeliveries } from '@/server/use-cases/list-webhook-deliveries';

export const dynamic = 'force-dynamic';

// GET /api/admin/integrations/:connectionId/deliveries — the delivery log, newest first (admins).
export const GET = userRoute<{ connectionId: string }>(async ({ actor, params: { connectionId } }) =>
  Response.json(await listWebhookDeliveries({ actor, connectionId })),
);
