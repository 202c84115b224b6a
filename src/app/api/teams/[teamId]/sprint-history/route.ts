import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { getSprintHistory } from '@/server/use-cases/get-sprint-history';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/sprint-history?months=3&userId= — velocity and commitments met per sprint.
export const GET = userRoute<{ teamId: string }>(async ({ actor, params: { teamId }, request }) =>
  Response.json(await getSprintHistory({ actor, teamId, query: readQuery(request) })),
);
