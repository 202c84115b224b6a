import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { getForecastSettings } from '@/server/use-cases/get-forecast-settings';
import { updateForecastSettings } from '@/server/use-cases/update-forecast-settings';

export const dynamic = 'force-dynamic';

// GET /api/forecast/settings — the organisation's ramp curve override, if any.
export const GET = userRoute(async ({ actor }) => Response.json({ settings: await getForecastSettings({ actor }) }));

// PUT /api/forecast/settings — set or clear the ramp curve override (admins).
export const PUT = userRoute(async ({ actor, request }) => Response.json({ settings: await updateForecastSettings({ actor, input: await readJson(request) }) }));
