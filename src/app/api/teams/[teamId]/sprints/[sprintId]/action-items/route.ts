import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { createActionItem } from '@/server/use-cases/create-action-item';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string }> };

// POST /api/teams/:teamId/sprints/:sprintId/action-items — an action item with an owner and a due date.
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await createActionItem({ actor, teamId, sprintId, input: await readJson(request) }), { status: 201 });
});
