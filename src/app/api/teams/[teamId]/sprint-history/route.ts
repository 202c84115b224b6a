import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { readQuery } from '@/server/admin/search-params';
import { getSprintHistory } from '@/server/use-cases/get-sprint-history';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// GET /api/teams/:teamId/sprint-history?months=3&userId= — velocity and commitments met per sprint.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId } = await context.params;
  return Response.json(await getSprintHistory({ actor, teamId, query: readQuery(request) }));
});
