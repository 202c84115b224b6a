import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { revokeApiToken } from '@/server/use-cases/revoke-api-token';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ tokenId: string }> };

// DELETE /api/tokens/:tokenId — revoke one of the caller's tokens.
export const DELETE = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { tokenId } = await context.params;
  return Response.json({ token: await revokeApiToken({ actor, tokenId }) });
});
