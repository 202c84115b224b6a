import { userRoute } from '@/server/user-route';
import { getForecastAccuracy } from '@/server/use-cases/get-forecast-accuracy';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/forecast-accuracy?month=YYYY-MM — forecasts against actuals for a closed month.
export const GET = userRoute<{ teamId: string }>(async ({ actor, params, request }) => {
  const { path, query } = await readParameters(request, documentation, 'get', { params });
  return Response.json(await getForecastAccuracy({ actor, teamId: path.teamId, month: query.month }));
});
