import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createActionItem } from '@/server/use-cases/create-action-item';

export const dynamic = 'force-dynamic';

// POST /api/teams/:teamId/sprints/:sprintId/action-items — an action item with an owner and a due date.
export const POST = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId }, request }) =>
  Response.json(await createActionItem({ actor, teamId, sprintId, input: await readJson(request) }), { status: 201 }),
);
