import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getForecastAccuracy } from '@/server/use-cases/get-forecast-accuracy';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// GET /api/teams/:teamId/forecast-accuracy?month=YYYY-MM — forecasts against actuals for a closed month.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId } = await context.params;
  return Response.json(await getForecastAccuracy({ actor, teamId, month: new URL(request.url).searchParams.get('month') }));
});
