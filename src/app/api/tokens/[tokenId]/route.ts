import { userRoute } from '@/server/user-route';
import { revokeApiToken } from '@/server/use-cases/revoke-api-token';

export const dynamic = 'force-dynamic';

// DELETE /api/tokens/:tokenId — revoke one of the caller's tokens.
export const DELETE = userRoute<{ tokenId: string }>(async ({ actor, params: { tokenId } }) =>
  Response.json({ token: await revokeApiToken({ actor, tokenId }) }),
);
