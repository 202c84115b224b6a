import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { listSprints } from '@/server/use-cases/list-sprints';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// GET /api/teams/:teamId/sprints?month=YYYY-MM — the month's sprints in the team's office.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { path, query } = await readParameters(request, documentation, 'get', context);
  return Response.json(await listSprints({ actor, teamId: path.teamId, month: query.month }));
});
