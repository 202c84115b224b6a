import { userRoute } from '@/server/user-route';
import { listSprints } from '@/server/use-cases/list-sprints';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/sprints?month=YYYY-MM — the month's sprints in the team's office.
export const GET = userRoute<{ teamId: string }>(async ({ actor, params, request }) => {
  const { path, query } = await readParameters(request, documentation, 'get', { params });
  return Response.json(await listSprints({ actor, teamId: path.teamId, month: query.month }));
});
