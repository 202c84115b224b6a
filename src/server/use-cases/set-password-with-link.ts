import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { hashPassword } from '@/server/auth/password';
import { ZSetPasswordInput, type TSetPasswordResult } from '@/schemas/admin';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { hashPasswordToken, retirePasswordTokens } from '@/server/admin/password-token';

/** Sets a password through a one-time link (an invitation or a reset); the link then stops working. */
export async function setPasswordWithLink(options: { input: unknown; now?: Date }): Promise<TSetPasswordResult> {
  const input = ZSetPasswordInput.parse(options.input);
  const now = options.now ?? new Date();
  const record = await prisma.passwordToken.findUnique({
    where: { tokenHash: hashPasswordToken(input.token) },
    include: { user: { select: { email: true, active: true } } },
  });
  if (!record) throw new AppError('NOT_FOUND', 'This link is not valid. Ask an admin for a new one.');
  if (record.usedAt) throw new AppError('UNPROCESSABLE', 'This link has already been used. Ask an admin for a new one.');
  if (record.expiresAt <= now) throw new AppError('UNPROCESSABLE', 'This link has expired. Ask an admin for a new one.');
  if (!record.user.active) throw new AppError('UNPROCESSABLE', 'This account has been deactivated.');
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    // Claimed with a conditional update, so two submissions of one link cannot both win.
    const claimed = await tx.passwordToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) throw new AppError('UNPROCESSABLE', 'This link has already been used. Ask an admin for a new one.');
    await retirePasswordTokens(tx, record.userId, now);
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash, sessionGeneration: { increment: 1 } } });
    await writeAuditEntry(tx, {
      actorId: record.userId,
      action: record.purpose === 'INVITE' ? 'user.accept-invitation' : 'user.reset-password',
      objectType: 'User',
      objectId: record.userId,
      after: { passwordSet: true, linkId: record.id },
    });
  }, adminTransactionOptions);
  return { email: record.user.email };
}
