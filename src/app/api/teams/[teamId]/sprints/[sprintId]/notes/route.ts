import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { createRetroNote } from '@/server/use-cases/create-retro-note';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string; sprintId: string }> };

// POST /api/teams/:teamId/sprints/:sprintId/notes — a retrospective note on the sprint or a deal.
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId, sprintId } = await context.params;
  return Response.json(await createRetroNote({ actor, teamId, sprintId, input: await readJson(request) }), { status: 201 });
});
