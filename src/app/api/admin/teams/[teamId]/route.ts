import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updateTeam } from '@/server/use-cases/update-team';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// PATCH /api/admin/teams/:teamId — change a team's settings, lead or manager (admins).
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { teamId } = await context.params;
  return Response.json({ team: await updateTeam({ actor, teamId, input: await readJson(request) }) });
});
