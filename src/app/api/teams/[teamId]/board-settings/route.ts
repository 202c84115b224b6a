import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { readParameters } from '@/server/request-parameters';
import { updateTeamBoardSettings } from '@/server/use-cases/update-team-board-settings';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ teamId: string }> };

// PATCH /api/teams/:teamId/board-settings — stale days per column and stage weights (lead, manager, admin).
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { path } = await readParameters(request, documentation, 'patch', context);
  return Response.json(await updateTeamBoardSettings({ actor, teamId: path.teamId, input: await readJson(request) }));
});
