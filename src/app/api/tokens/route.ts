import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { listApiTokens } from '@/server/use-cases/list-api-tokens';

export const dynamic = 'force-dynamic';

// GET /api/tokens — the caller's personal API tokens (never the tokens themselves).
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ tokens: await listApiTokens({ actor }) });
});

// POST /api/tokens — create a token; the response holds it once.
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  const token = await createApiToken({ actor, input: await readJson(request) });
  return Response.json({ token }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
