import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createRetroNote } from '@/server/use-cases/create-retro-note';

export const dynamic = 'force-dynamic';

// POST /api/teams/:teamId/sprints/:sprintId/notes — a retrospective note on the sprint or a deal.
export const POST = userRoute<{ teamId: string; sprintId: string }>(async ({ actor, params: { teamId, sprintId }, request }) =>
  Response.json(await createRetroNote({ actor, teamId, sprintId, input: await readJson(request) }), { status: 201 }),
);
