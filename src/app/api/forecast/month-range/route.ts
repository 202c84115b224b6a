import { readQuery } from '@/server/admin/search-params';
import { userRoute } from '@/server/user-route';
import { getMonthRange } from '@/server/use-cases/get-month-range';

export const dynamic = 'force-dynamic';

// GET /api/forecast/month-range?kind=team&id= — this month's simulated P10–P90 for one scope (the burn-down's band).
export const GET = userRoute(async ({ actor, request }) =>
  Response.json({ range: await getMonthRange({ actor, query: readQuery(request) }) }, { headers: { 'cache-control': 'no-store' } }),
);
