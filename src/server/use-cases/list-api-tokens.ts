import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { TApiTokenSummary } from '@/schemas/api-token';
import { apiTokenSummaryFields, toApiTokenSummary } from './api-token-summary';

/** The actor's own tokens, newest first, revoked ones included. */
export async function listApiTokens(options: { actor: SessionUser }): Promise<TApiTokenSummary[]> {
  const rows = await prisma.apiToken.findMany({
    where: { userId: options.actor.id },
    orderBy: { createdAt: 'desc' },
    select: apiTokenSummaryFields,
  });
  return rows.map(toApiTokenSummary);
}
