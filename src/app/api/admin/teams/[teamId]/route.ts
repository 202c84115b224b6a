import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updateTeam } from '@/server/use-cases/update-team';

export const dynamic = 'force-dynamic';

// PATCH /api/admin/teams/:teamId — change a team's settings, lead or manager (admins).
export const PATCH = userRoute<{ teamId: string }>(async ({ actor, params: { teamId }, request }) =>
  Response.json({ team: await updateTeam({ actor, teamId, input: await readJson(request) }) }),
);
