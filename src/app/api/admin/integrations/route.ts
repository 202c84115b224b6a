import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createIntegrationConnection } from '@/server/use-cases/create-integration-connection';
import { listIntegrationConnections } from '@/server/use-cases/list-integration-connections';
import { publicBaseUrl } from '@/server/webhooks/connection-summary';

export const dynamic = 'force-dynamic';

// GET /api/admin/integrations — the CRM connections and the deals waiting for an owner (admins).
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await listIntegrationConnections({ actor, baseUrl: publicBaseUrl(request) })),
);

// POST /api/admin/integrations — create a connection; its secret is shown once (admins).
export const POST = userRoute(async ({ actor, request }) => {
  const created = await createIntegrationConnection({ actor, input: await readJson(request), baseUrl: publicBaseUrl(request) });
  return Response.json(created, { status: 201, headers: { 'cache-control': 'no-store' } });
});
