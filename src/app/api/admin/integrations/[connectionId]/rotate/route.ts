import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { rotateIntegrationSecret } from '@/server/use-cases/rotate-integration-secret';
import { publicBaseUrl } from '@/server/webhooks/connection-summary';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ connectionId: string }> };

// POST /api/admin/integrations/:connectionId/rotate — a new secret; the old one works for the grace period (admins).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId } = await context.params;
  const rotated = await rotateIntegrationSecret({ actor, connectionId, input: await readJson(request), baseUrl: publicBaseUrl(request) });
  return Response.json(rotated, { headers: { 'cache-control': 'no-store' } });
});
