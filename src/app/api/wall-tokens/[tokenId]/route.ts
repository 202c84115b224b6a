import { userRoute } from '@/server/user-route';
import { revokeWallToken } from '@/server/use-cases/revoke-wall-token';

export const dynamic = 'force-dynamic';

// DELETE /api/wall-tokens/:tokenId — revoke a TV link; screens showing it go dark.
export const DELETE = userRoute<{ tokenId: string }>(async ({ actor, params: { tokenId } }) =>
  Response.json({ token: await revokeWallToken({ actor, tokenId }) }),
);
