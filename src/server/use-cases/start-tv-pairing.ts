import { prisma } from '@/server/db';
import type { TTvPairingStarted } from '@/schemas/wall';
import { generatePairingCode, generatePairingSecret, hashPairingValue, pairingLifetimeMs } from '@/server/tv/pairing-codes';

/**
 * A TV asks to be paired: it gets a 6-digit code to show and a secret of its own to pick
 * up its link with. No two waiting screens show the same code. The caller (the route)
 * throttles screens per address.
 */
export async function startTvPairing(options: { now?: Date } = {}): Promise<TTvPairingStarted> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + pairingLifetimeMs);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const code = generatePairingCode();
    const codeHash = hashPairingValue(code);
    const isTaken = await prisma.tvPairing.count({ where: { codeHash, expiresAt: { gt: now }, claimedAt: null } });
    if (isTaken > 0) continue;
    const secret = generatePairingSecret();
    const pairing = await prisma.tvPairing.create({
      data: { codeHash, secretHash: hashPairingValue(secret), expiresAt, createdAt: now },
      select: { id: true },
    });
    // Old pairings go as new ones come: nothing waits for longer than a day.
    await prisma.tvPairing.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
    return { pairingId: pairing.id, code, secret, expiresAt: expiresAt.toISOString() };
  }
  throw new Error('could not find a free pairing code');
}
