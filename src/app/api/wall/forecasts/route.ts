import { userRoute } from '@/server/user-route';
import { getWallForecasts } from '@/server/use-cases/get-wall-forecasts';

export const dynamic = 'force-dynamic';

// GET /api/wall/forecasts?month=YYYY-MM — rolled-up rep forecasts, for the wall's second marker.
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await getWallForecasts({ actor, month: new URL(request.url).searchParams.get('month') }), { headers: { 'cache-control': 'no-store' } }),
);
