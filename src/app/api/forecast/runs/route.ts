import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { saveForecastRun } from '@/server/use-cases/save-forecast-run';

export const dynamic = 'force-dynamic';

// POST /api/forecast/runs — keep the current forecast with its as-of date (admins and managers).
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await saveForecastRun({ actor, input: await readJson(request) }), { status: 201 });
});
