import { userRoute } from '@/server/user-route';
import { getWallForecasts } from '@/server/use-cases/get-wall-forecasts';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/wall/forecasts?month=YYYY-MM — rolled-up rep forecasts, for the wall's second marker.
export const GET = userRoute(async ({ actor, request }) => {
  const { query } = await readParameters(request, documentation, 'get');
  return Response.json(await getWallForecasts({ actor, month: query.month }), { headers: { 'cache-control': 'no-store' } });
});
