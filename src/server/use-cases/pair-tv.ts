import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZPairTvInput, type TWallTokenSummary } from '@/schemas/wall';
import { hashPairingValue } from '@/server/tv/pairing-codes';
import { createWallToken } from './create-wall-token';

/**
 * An admin or a lead types the code a screen shows: a TV link is made for that screen
 * (with the same rules, audit and playlist as any other) and handed to it. The code works
 * once and for 10 minutes. The route throttles wrong codes per user and address; a code
 * no screen is showing answers 404.
 */
export async function pairTv(options: { actor: SessionUser; input: unknown; now?: Date }): Promise<{ token: TWallTokenSummary }> {
  const now = options.now ?? new Date();
  const input = ZPairTvInput.parse(options.input);
  const codeHash = hashPairingValue(input.code.replace(/\s/g, ''));
  const pairing = await prisma.tvPairing.findFirst({ where: { codeHash, claimedAt: null, expiresAt: { gt: now } }, select: { id: true } });
  if (!pairing) throw new AppError('NOT_FOUND', 'No screen is showing that code. Check the 6 digits on the TV; a code lasts 10 minutes.');
  const created = await createWallToken({
    actor: options.actor,
    input,
    // The link and the screen's claim commit together: a code taken meanwhile makes nothing.
    alsoWrite: async (tx, link) => {
      const claimed = await tx.tvPairing.updateMany({
        where: { id: pairing.id, claimedAt: null, expiresAt: { gt: now } },
        data: { claimedAt: now, wallTokenId: link.id, deliveryPath: link.path },
      });
      if (claimed.count === 0) throw new AppError('CONFLICT', 'That code has just been used. Ask the screen for a new one.');
    },
  });
  const { token: _secret, path: _path, ...summary } = created;
  return { token: summary };
}
