import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { listApiTokens } from '@/server/use-cases/list-api-tokens';

export const dynamic = 'force-dynamic';

// GET /api/tokens — the caller's personal API tokens (never the tokens themselves).
export const GET = userRoute(async ({ actor }) => Response.json({ tokens: await listApiTokens({ actor }) }));

// POST /api/tokens — create a token; the response holds it once.
export const POST = userRoute(async ({ actor, request }) => {
  const token = await createApiToken({ actor, input: await readJson(request) });
  return Response.json({ token }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
