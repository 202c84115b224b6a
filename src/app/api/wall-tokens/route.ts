import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createWallToken } from '@/server/use-cases/create-wall-token';
import { listWallTokens } from '@/server/use-cases/list-wall-tokens';

export const dynamic = 'force-dynamic';

// GET /api/wall-tokens — the TV links you may manage.
export const GET = userRoute(async ({ actor }) => Response.json({ tokens: await listWallTokens({ actor }) }));

// POST /api/wall-tokens — make a read-only TV link (admins; leads for their office).
export const POST = userRoute(async ({ actor, request }) => {
  const token = await createWallToken({ actor, input: await readJson(request) });
  return Response.json({ token }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
