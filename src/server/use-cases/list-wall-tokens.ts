import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { TWallTokenSummary } from '@/schemas/wall';
import { toWallTokenSummary, wallTokenSummarySelection } from '@/server/wall/wall-token-summary';

/** Admins see every TV link; leads see the ones they made; others none. */
export async function listWallTokens(options: { actor: SessionUser }): Promise<TWallTokenSummary[]> {
  const { actor } = options;
  if (actor.role !== 'ADMIN' && actor.role !== 'LEAD') return [];
  const rows = await prisma.wallToken.findMany({
    where: actor.role === 'ADMIN' ? {} : { createdById: actor.id },
    orderBy: { createdAt: 'desc' },
    select: wallTokenSummarySelection,
  });
  return rows.map(toWallTokenSummary);
}
