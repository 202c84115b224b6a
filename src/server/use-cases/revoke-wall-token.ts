import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { TWallTokenSummary } from '@/schemas/wall';
import { toWallTokenSummary, wallTokenSummarySelection } from '@/server/wall/wall-token-summary';
import { announce } from '@/server/events';
import { writeAuditEntry } from '@/server/admin/audit';
import { canRevokeWallLink } from '@/domain/admin/permissions';

/** Revokes a TV link (its maker or an admin); screens showing it are disconnected. */
export async function revokeWallToken(options: { actor: SessionUser; tokenId: string }): Promise<TWallTokenSummary> {
  const tokenId = ZEntityId.parse(options.tokenId);
  const token = await prisma.wallToken.findUnique({
    where: { id: tokenId },
    select: { createdById: true, revokedAt: true, name: true, scope: true, officeId: true, prefix: true },
  });
  if (!token || !canRevokeWallLink(options.actor, token)) {
    throw new AppError('NOT_FOUND', 'No such wallboard link.');
  }
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.wallToken.update({
      where: { id: tokenId },
      data: { revokedAt: token.revokedAt ?? new Date() },
      select: wallTokenSummarySelection,
    });
    // Revoking twice changes nothing, so it is audited once.
    if (!token.revokedAt) {
      const link = { name: token.name, scope: token.scope, officeId: token.officeId, prefix: token.prefix };
      await writeAuditEntry(tx, {
        actorId: options.actor.id,
        action: 'wall-token.revoke',
        objectType: 'WallToken',
        objectId: tokenId,
        before: { ...link, revokedAt: null },
        after: { ...link, revokedAt: row.revokedAt },
      });
    }
    return row;
  });
  announce('wallTokenRevoked', { tokenId });
  return toWallTokenSummary(updated);
}
