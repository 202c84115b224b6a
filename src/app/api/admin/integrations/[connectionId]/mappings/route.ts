import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { getIntegrationMappings } from '@/server/use-cases/get-integration-mappings';
import { saveIntegrationMappings } from '@/server/use-cases/save-integration-mappings';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ connectionId: string }> };

// GET /api/admin/integrations/:connectionId/mappings — the source's stage and owner mappings (admins).
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId } = await context.params;
  return Response.json(await getIntegrationMappings({ actor, connectionId }));
});

// PUT /api/admin/integrations/:connectionId/mappings — save mappings; waiting deals are settled (admins).
export const PUT = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { connectionId } = await context.params;
  return Response.json(await saveIntegrationMappings({ actor, connectionId, input: await readJson(request) }));
});
