import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { saveForecast } from '@/server/use-cases/save-forecast';

export const dynamic = 'force-dynamic';

// PUT /api/teams/:teamId/sprints/:sprintId/forecasts/:userId — a rep states their own forecast and commitments.
export const PUT = userRoute<{ teamId: string; sprintId: string; userId: string }>(async ({ actor, params: { teamId, sprintId, userId }, request }) =>
  Response.json(await saveForecast({ actor, teamId, sprintId, userId, input: await readJson(request) })),
);
