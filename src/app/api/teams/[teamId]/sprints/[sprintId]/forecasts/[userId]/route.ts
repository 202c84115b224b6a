import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { saveForecast } from '@/server/use-cases/save-forecast';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string; userId: string }> };

// PUT /api/teams/:teamId/sprints/:sprintId/forecasts/:userId — a rep states their own forecast and commitments.
export const PUT = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId, userId } = await context.params;
  return Response.json(await saveForecast({ actor, teamId, sprintId, userId, input: await readJson(request) }));
});
