import { userRoute } from '@/server/user-route';
import { getForecastAccuracy } from '@/server/use-cases/get-forecast-accuracy';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/forecast-accuracy?month=YYYY-MM — forecasts against actuals for a closed month.
export const GET = userRoute<{ teamId: string }>(async ({ actor, params: { teamId }, request }) =>
  Response.json(await getForecastAccuracy({ actor, teamId, month: new URL(request.url).searchParams.get('month') })),
);
