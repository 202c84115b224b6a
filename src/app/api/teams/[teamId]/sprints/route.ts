import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { listSprints } from '@/server/use-cases/list-sprints';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// GET /api/teams/:teamId/sprints?month=YYYY-MM — the month's sprints in the team's office.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId } = await context.params;
  return Response.json(await listSprints({ actor, teamId, month: new URL(request.url).searchParams.get('month') }));
});
