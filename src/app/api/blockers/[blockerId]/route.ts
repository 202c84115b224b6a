import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updateBlocker } from '@/server/use-cases/update-blocker';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ blockerId: string }> };

// PATCH /api/blockers/:blockerId — resolve a blocker, or open it again.
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { blockerId } = await context.params;
  return Response.json(await updateBlocker({ actor, blockerId, input: await readJson(request) }));
});
