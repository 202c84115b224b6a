import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { createBlocker } from '@/server/use-cases/create-blocker';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string }> };

// POST /api/teams/:teamId/sprints/:sprintId/blockers — note a rep's blocker.
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await createBlocker({ actor, teamId, sprintId, input: await readJson(request) }), { status: 201 });
});
