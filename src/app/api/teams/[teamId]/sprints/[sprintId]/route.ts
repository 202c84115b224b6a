import { userRoute } from '@/server/user-route';
import { getSprintOverview } from '@/server/use-cases/get-sprint-overview';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/sprints/:sprintId — every rep's forecast and commitments, and the roll-up.
export const GET = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId } }) =>
  Response.json(await getSprintOverview({ actor, teamId, sprintId })),
);
