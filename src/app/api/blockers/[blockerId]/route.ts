import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updateBlocker } from '@/server/use-cases/update-blocker';

export const dynamic = 'force-dynamic';

// PATCH /api/blockers/:blockerId — resolve a blocker, or open it again.
export const PATCH = userRoute<{ blockerId: string }>(async ({ actor, params: { blockerId }, request }) =>
  Response.json(await updateBlocker({ actor, blockerId, input: await readJson(request) })),
);
