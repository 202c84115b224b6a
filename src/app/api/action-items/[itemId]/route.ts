import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updateActionItem } from '@/server/use-cases/update-action-item';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ itemId: string }> };

// PATCH /api/action-items/:itemId — tick an action item off, or change it.
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { itemId } = await context.params;
  return Response.json(await updateActionItem({ actor, itemId, input: await readJson(request) }));
});
