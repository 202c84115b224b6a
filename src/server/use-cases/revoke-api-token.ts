import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { TApiTokenSummary } from '@/schemas/api-token';
import { apiTokenSummaryFields, toApiTokenSummary } from './api-token-summary';

/** Revokes one of the actor's own tokens. Revoking twice is harmless. */
export async function revokeApiToken(options: { actor: SessionUser; tokenId: string }): Promise<TApiTokenSummary> {
  const tokenId = ZEntityId.parse(options.tokenId);
  const token = await prisma.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, revokedAt: true } });
  // Someone else's token reads as missing, so that ids cannot be probed.
  if (!token || token.userId !== options.actor.id) throw new AppError('NOT_FOUND', 'No such API token.');
  const updated = await prisma.apiToken.update({
    where: { id: tokenId },
    data: { revokedAt: token.revokedAt ?? new Date() },
    select: apiTokenSummaryFields,
  });
  return toApiTokenSummary(updated);
}
