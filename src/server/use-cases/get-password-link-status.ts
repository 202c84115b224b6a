import { prisma } from '@/server/db';
import type { TPasswordLinkStatus } from '@/schemas/admin';
import { hashPasswordToken } from '@/server/admin/password-token';

/** Whether a set-password link still works, and whose it is, for the page that opens it. */
export async function getPasswordLinkStatus(options: { token: string; now?: Date }): Promise<TPasswordLinkStatus> {
  const now = options.now ?? new Date();
  const record = options.token
    ? await prisma.passwordToken.findUnique({
        where: { tokenHash: hashPasswordToken(options.token) },
        select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
      })
    : null;
  if (!record) return { valid: false, reason: 'unknown' };
  const who = { name: record.user.name, email: record.user.email, purpose: record.purpose };
  if (record.usedAt) return { valid: false, reason: 'used', ...who };
  if (record.expiresAt <= now) return { valid: false, reason: 'expired', ...who };
  if (!record.user.active) return { valid: false, reason: 'inactive', ...who };
  return { valid: true, ...who };
}
