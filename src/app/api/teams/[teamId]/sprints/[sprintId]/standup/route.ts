import { userRoute } from '@/server/user-route';
import { getStandup } from '@/server/use-cases/get-standup';
import { finishStandup } from '@/server/use-cases/finish-standup';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/sprints/:sprintId/standup — the standup, rep by rep.
export const GET = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId } }) =>
  Response.json(await getStandup({ actor, teamId, sprintId })),
);

// POST /api/teams/:teamId/sprints/:sprintId/standup — record that the standup was held.
export const POST = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId } }) =>
  Response.json(await finishStandup({ actor, teamId, sprintId }), { status: 201 }),
);
