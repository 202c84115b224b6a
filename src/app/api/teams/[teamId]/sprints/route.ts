import { userRoute } from '@/server/user-route';
import { listSprints } from '@/server/use-cases/list-sprints';

export const dynamic = 'force-dynamic';

// GET /api/teams/:teamId/sprints?month=YYYY-MM — the month's sprints in the team's office.
export const GET = userRoute<{ teamId: string }>(async ({ actor, params: { teamId }, request }) =>
  Response.json(await listSprints({ actor, teamId, month: new URL(request.url).searchParams.get('month') })),
);
