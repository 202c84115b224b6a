import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { listTeams } from '@/server/use-cases/list-teams';
import { createTeam } from '@/server/use-cases/create-team';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/admin/teams?officeId= — teams (admins all; managers and leads their own, read-only).
export const GET = userRoute(async ({ actor, request }) => {
  const { query } = await readParameters(request, documentation, 'get');
  return Response.json({ teams: await listTeams({ actor, officeId: query.officeId }) });
});

// POST /api/admin/teams — add a team (admins).
export const POST = userRoute(async ({ actor, request }) =>
  Response.json({ team: await createTeam({ actor, input: await readJson(request) }) }, { status: 201 }),
);
