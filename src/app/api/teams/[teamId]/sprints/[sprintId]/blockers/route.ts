import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createBlocker } from '@/server/use-cases/create-blocker';

export const dynamic = 'force-dynamic';

// POST /api/teams/:teamId/sprints/:sprintId/blockers — note a rep's blocker.
export const POST = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId }, request }) =>
  Response.json(await createBlocker({ actor, teamId, sprintId, input: await readJson(request) }), { status: 201 }),
);
