import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { replayWebhookDelivery } from '@/server/use-cases/replay-webhook-delivery';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ connectionId: string; deliveryId: string }> };

// POST /api/admin/integrations/:connectionId/deliveries/:deliveryId/replay — queue a delivery's failed events again (admins).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId, deliveryId } = await context.params;
  return Response.json(await replayWebhookDelivery({ actor, connectionId, deliveryId }));
});
