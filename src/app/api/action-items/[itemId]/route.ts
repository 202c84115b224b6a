import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updateActionItem } from '@/server/use-cases/update-action-item';

export const dynamic = 'force-dynamic';

// PATCH /api/action-items/:itemId — tick an action item off, or change it.
export const PATCH = userRoute<{ itemId: string }>(async ({ actor, params: { itemId }, request }) =>
  Response.json(await updateActionItem({ actor, itemId, input: await readJson(request) })),
);
