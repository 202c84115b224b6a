import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { TWallTokenSummary } from '@/schemas/wall';
import { toWallTokenSummary, wallTokenSummarySelection } from '@/server/wall/wall-token-summary';
import { disconnectWallToken } from '@/realtime/wall-connections';

/** Revokes a TV link (its maker or an admin); screens showing it are disconnected. */
export async function revokeWallToken(options: { actor: SessionUser; tokenId: unknown }): Promise<TWallTokenSummary> {
  const tokenId = ZEntityId.parse(options.tokenId);
  const token = await prisma.wallToken.findUnique({ where: { id: tokenId }, select: { createdById: true, revokedAt: true } });
  if (!token || (options.actor.role !== 'ADMIN' && token.createdById !== options.actor.id)) {
    throw new AppError('NOT_FOUND', 'No such wallboard link.');
  }
  const updated = await prisma.wallToken.update({
    where: { id: tokenId },
    data: { revokedAt: token.revokedAt ?? new Date() },
    select: wallTokenSummarySelection,
  });
  disconnectWallToken(tokenId);
  return toWallTokenSummary(updated);
}
