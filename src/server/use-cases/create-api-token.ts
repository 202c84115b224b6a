import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { displayPrefix, generateApiToken, hashApiToken } from '@/server/auth/api-token';
import { ZCreateApiTokenInput, type TCreatedApiToken } from '@/schemas/api-token';
import { apiTokenSummaryFields, toApiTokenSummary } from './api-token-summary';

const maximumActiveTokens = 20;

/** Creates a personal API token for the actor; the token is returned this once only. */
export async function createApiToken(options: { actor: SessionUser; input: unknown }): Promise<TCreatedApiToken> {
  const input = ZCreateApiTokenInput.parse(options.input);
  const token = generateApiToken();
  const created = await prisma.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: options.actor.id, revokedAt: null } });
    if (active >= maximumActiveTokens) {
      throw new AppError('UNPROCESSABLE', `You already have ${maximumActiveTokens} active tokens; revoke one first.`);
    }
    return tx.apiToken.create({
      data: { userId: options.actor.id, name: input.name, prefix: displayPrefix(token), tokenHash: hashApiToken(token) },
      select: apiTokenSummaryFields,
    });
  });
  return { ...toApiTokenSummary(created), token };
}
