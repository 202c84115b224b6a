import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { getIntegrationMappings } from '@/server/use-cases/get-integration-mappings';
import { saveIntegrationMappings } from '@/server/use-cases/save-integration-mappings';

export const dynamic = 'force-dynamic';

// GET /api/admin/integrations/:connectionId/mappings — the source's stage and owner mappings (admins).
export const GET = userRoute<{ connectionId: string }>(async ({ actor, params: { connectionId } }) =>
  Response.json(await getIntegrationMappings({ actor, connectionId })),
);

// PUT /api/admin/integrations/:connectionId/mappings — save mappings; waiting deals are settled (admins).
export const PUT = userRoute<{ connectionId: string }>(async ({ actor, params: { connectionId }, request }) =>
  Response.json(await saveIntegrationMappings({ actor, connectionId, input: await readJson(request) })),
);
