import { AppError } from '@/server/errors';
import { handleErrors } from '@/server/http';
import { resolveWallToken } from '@/server/wall/wall-token';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { wallSnapshotResponse } from '@/server/wall/wall-snapshot-cache';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

// GET /api/tv/:token — the wall a read-only TV link shows; no session, nothing writable.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const { token } = await context.params;
  const wall = await resolveWallToken(token);
  if (!wall) throw new AppError('NOT_FOUND', 'This wallboard link is not valid or has been revoked.');
  return wallSnapshotResponse(await getWallSnapshot({ scope: wall.scope }), request);
});
