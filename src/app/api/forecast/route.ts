import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { getRevenueForecast } from '@/server/use-cases/get-revenue-forecast';

export const dynamic = 'force-dynamic';

// GET /api/forecast?months=6&runs=10000 — the revenue simulation for the scopes the user may see.
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await getRevenueForecast({ actor, query: readQuery(request) }), { headers: { 'cache-control': 'no-store' } }),
);
