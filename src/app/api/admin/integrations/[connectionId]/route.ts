import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { deleteIntegrationConnection } from '@/server/use-cases/delete-integration-connection';
import { updateIntegrationConnection } from '@/server/use-cases/update-integration-connection';
import { publicBaseUrl } from '@/server/webhooks/connection-summary';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ connectionId: string }> };

// PATCH /api/admin/integrations/:connectionId — rename, pause, resume or change settings (admins).
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId } = await context.params;
  return Response.json({ connection: await updateIntegrationConnection({ actor, connectionId, input: await readJson(request), baseUrl: publicBaseUrl(request) }) });
});

// DELETE /api/admin/integrations/:connectionId — delete the connection, its log and queue (admins).
export const DELETE = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId } = await context.params;
  return Response.json(await deleteIntegrationConnection({ actor, connectionId }));
});
