import { userRoute } from '@/server/user-route';
import { getRetrospective } from '@/server/use-cases/get-retrospective';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/sprints/:sprintId/retro — completed deals, notes and action items.
export const GET = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId } }) =>
  Response.json(await getRetrospective({ actor, teamId, sprintId })),
);
