import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getRetrospective } from '@/server/use-cases/get-retrospective';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string }> };

// GET /api/teams/:teamId/sprints/:sprintId/retro — completed deals, notes and action items.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await getRetrospective({ actor, teamId, sprintId }));
});
