import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { rotateIntegrationSecret } from '@/server/use-cases/rotate-integration-secret';
import { publicBaseUrl } from '@/server/webhooks/connection-summary';

export const dynamic = 'force-dynamic';

// POST /api/admin/integrations/:connectionId/rotate — a new secret; the old one works for the grace period (admins).
export const POST = userRoute<{ connectionId: string }>(async ({ actor, params: { connectionId }, request }) => {
  const rotated = await rotateIntegrationSecret({ actor, connectionId, input: await readJson(request), baseUrl: publicBaseUrl(request) });
  return Response.json(rotated, { headers: { 'cache-control': 'no-store' } });
});
