import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { revokeWallToken } from '@/server/use-cases/revoke-wall-token';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ tokenId: string }> };

// DELETE /api/wall-tokens/:tokenId — revoke a TV link; screens showing it go dark.
export const DELETE = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { tokenId } = await context.params;
  return Response.json({ token: await revokeWallToken({ actor, tokenId }) });
});
