import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { deleteIntegrationConnection } from '@/server/use-cases/delete-integration-connection';
import { updateIntegrationConnection } from '@/server/use-cases/update-integration-connection';
import { publicBaseUrl } from '@/server/webhooks/connection-summary';

export const dynamic = 'force-dynamic';

// PATCH /api/admin/integrations/:connectionId — rename, pause, resume or change settings (admins).
export const PATCH = userRoute<{ connectionId: string }>(async ({ actor, params: { connectionId }, request }) =>
  Response.json({ connection: await updateIntegrationConnection({ actor, connectionId, input: await readJson(request), baseUrl: publicBaseUrl(request) }) }),
);

// DELETE /api/admin/integrations/:connectionId — delete the connection, its log and queue (admins).
export const DELETE = userRoute<{ connectionId: string }>(async ({ actor, params: { connectionId } }) =>
  Response.json(await deleteIntegrationConnection({ actor, connectionId })),
);
