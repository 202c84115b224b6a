import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { getForecastSettings } from '@/server/use-cases/get-forecast-settings';
import { updateForecastSettings } from '@/server/use-cases/update-forecast-settings';

export const dynamic = 'force-dynamic';

// GET /api/forecast/settings — the organisation's ramp curve override, if any.
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ settings: await getForecastSettings({ actor }) });
});

// PUT /api/forecast/settings — set or clear the ramp curve override (admins).
export const PUT = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ settings: await updateForecastSettings({ actor, input: await readJson(request) }) });
});
