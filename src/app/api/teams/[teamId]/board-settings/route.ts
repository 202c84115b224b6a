import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { readParameters } from '@/server/request-parameters';
import { updateTeamBoardSettings } from '@/server/use-cases/update-team-board-settings';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// PATCH /api/teams/:teamId/board-settings — stale days per column and stage weights (lead, manager, admin).
export const PATCH = userRoute<{ teamId: string }>(async ({ actor, params, request }) => {
  const { path } = await readParameters(request, documentation, 'patch', { params });
  return Response.json(await updateTeamBoardSettings({ actor, teamId: path.teamId, input: await readJson(request) }));
});
