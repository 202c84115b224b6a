import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { saveForecastRun } from '@/server/use-cases/save-forecast-run';

export const dynamic = 'force-dynamic';

// POST /api/forecast/runs — keep the current forecast with its as-of date (admins and managers).
export const POST = userRoute(async ({ actor, request }) =>
  Response.json(await saveForecastRun({ actor, input: await readJson(request) }), { status: 201 }),
);
