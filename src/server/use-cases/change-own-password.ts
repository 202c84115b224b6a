import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { ZChangePasswordInput } from '@/schemas/admin';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { retirePasswordTokens } from '@/server/admin/password-token';
import { assertNotThrottled, clearFailures, recordFailure } from '@/server/auth/throttle';

/** Any signed-in user changes their password, proving the current one. Unused set-password links stop working. */
export async function changeOwnPassword(options: { actor: SessionUser; input: unknown; now?: Date }): Promise<{ changed: true }> {
  const input = ZChangePasswordInput.parse(options.input);
  const { actor } = options;
  // The current password is guessed against the same count as signing in.
  const accountKey = { name: 'sign-in-account', key: actor.email.toLowerCase() } as const;
  await assertNotThrottled([accountKey]);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordFailure([accountKey]);
    throw new AppError('UNPROCESSABLE', 'The current password is not right.', { field: 'currentPassword' });
  }
  await clearFailures(accountKey);
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // A new password ends every session, this one included: old cookies stop working at once.
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionGeneration: { increment: 1 } } });
    await retirePasswordTokens(tx, actor.id, options.now ?? new Date());
    await writeAuditEntry(tx, { actorId: actor.id, action: 'user.change-password', objectType: 'User', objectId: actor.id, after: { passwordSet: true } });
  }, adminTransactionOptions);
  return { changed: true };
}
