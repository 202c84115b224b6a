import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getStandup } from '@/server/use-cases/get-standup';
import { finishStandup } from '@/server/use-cases/finish-standup';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string }> };

// GET /api/teams/:teamId/sprints/:sprintId/standup — the standup, rep by rep.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await getStandup({ actor, teamId, sprintId }));
});

// POST /api/teams/:teamId/sprints/:sprintId/standup — record that the standup was held.
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await finishStandup({ actor, teamId, sprintId }), { status: 201 });
});
