import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { runForecastBacktest } from '@/server/use-cases/run-forecast-backtest';

export const dynamic = 'force-dynamic';

// GET /api/forecast/backtest?from=YYYY-MM&to=YYYY-MM&runs=1000 — rolling-origin backtest (admins and managers).
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await runForecastBacktest({ actor, query: readQuery(request) })),
);
