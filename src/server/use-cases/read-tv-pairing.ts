import { z } from 'zod';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { ZText } from '@/schemas/primitives';
import type { TTvPairingStatus } from '@/schemas/wall';
import { hashPairingValue } from '@/server/tv/pairing-codes';

const ZPairingLookup = z.object({ pairingId: ZText.min(1).max(100), secret: ZText.min(1).max(200) });

/**
 * The screen asks whether it has been paired. Only the screen that started the pairing
 * (it holds the secret) gets an answer; once paired it gets its link's address, once.
 * An unknown, expired or already delivered pairing answers 404: the screen starts again.
 */
export async function readTvPairing(options: { pairingId: string; secret: string; now?: Date }): Promise<TTvPairingStatus> {
  const now = options.now ?? new Date();
  const { pairingId, secret } = ZPairingLookup.parse({ pairingId: options.pairingId, secret: options.secret });
  const pairing = await prisma.tvPairing.findUnique({ where: { id: pairingId } });
  const gone = new AppError('NOT_FOUND', 'This pairing code has expired or been used. The screen shows a new one.');
  if (!pairing || pairing.secretHash !== hashPairingValue(secret) || pairing.deliveredAt) throw gone;
  if (pairing.claimedAt && pairing.deliveryPath) {
    // Handed over once: the address is not kept once the screen has it.
    const taken = await prisma.tvPairing.updateMany({ where: { id: pairing.id, deliveredAt: null }, data: { deliveredAt: now, deliveryPath: null } });
    if (taken.count === 0) throw gone;
    return { status: 'paired', path: pairing.deliveryPath };
  }
  if (pairing.expiresAt <= now) throw gone;
  return { status: 'waiting', expiresAt: pairing.expiresAt.toISOString() };
}
