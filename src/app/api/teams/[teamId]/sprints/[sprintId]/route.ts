import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getSprintOverview } from '@/server/use-cases/get-sprint-overview';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string }> };

// GET /api/teams/:teamId/sprints/:sprintId — every rep's forecast and commitments, and the roll-up.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await getSprintOverview({ actor, teamId, sprintId }));
});
