import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getForecastAccuracy } from '@/server/use-cases/get-forecast-accuracy';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// GET /api/teams/:teamId/forecast-accuracy?month=YYYY-MM — forecasts against actuals for a closed month.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { path, query } = await readParameters(request, documentation, 'get', context);
  return Response.json(await getForecastAccuracy({ actor, teamId: path.teamId, month: query.month }));
});
