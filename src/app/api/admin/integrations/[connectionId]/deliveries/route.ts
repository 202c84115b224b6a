import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { listWebhookDeliveries } from '@/server/use-cases/list-webhook-deliveries';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ connectionId: string }> };

// GET /api/admin/integrations/:connectionId/deliveries — the delivery log, newest first (admins).
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId } = await context.params;
  return Response.json(await listWebhookDeliveries({ actor, connectionId }));
});
