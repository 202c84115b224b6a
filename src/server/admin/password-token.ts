import { createHash, randomBytes } from 'node:crypto';
import type { PasswordTokenPurpose } from '@/generated/prisma/enums';
import type { TransactionClient } from '@/server/db';
import type { TPasswordLink } from '@/schemas/admin';

// One-time links to set a password: 32 random bytes, shown once to the admin who makes
// the link, stored only as a SHA-256 hash (full entropy, so a fast hash is right).

export const passwordTokenPrefix = 'pwd_';
export const passwordLinkLifetimeMs: Record<PasswordTokenPurpose, number> = {
  INVITE: 7 * 24 * 60 * 60 * 1000,
  RESET: 24 * 60 * 60 * 1000,
};

export function generatePasswordToken(): string {
  return passwordTokenPrefix + randomBytes(32).toString('base64url');
}

export function hashPasswordToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function passwordLinkPath(token: string): string {
  return `/set-password/${token}`;
}

/** Marks every unused link of a user as used, so that only the newest one works. */
export async function retirePasswordTokens(tx: TransactionClient, userId: string, now: Date): Promise<void> {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

/** Stores a new link for a user (retiring older unused ones) and returns it, token included, this once. */
export async function issuePasswordLink(
  tx: TransactionClient,
  options: { userId: string; purpose: PasswordTokenPurpose; createdById: string | null; now: Date },
): Promise<TPasswordLink & { tokenId: string }> {
  await retirePasswordTokens(tx, options.userId, options.now);
  const token = generatePasswordToken();
  const expiresAt = new Date(options.now.getTime() + passwordLinkLifetimeMs[options.purpose]);
  const created = await tx.passwordToken.create({
    data: {
      userId: options.userId,
      purpose: options.purpose,
      tokenHash: hashPasswordToken(token),
      createdById: options.createdById,
      expiresAt,
    },
    select: { id: true },
  });
  return { tokenId: created.id, path: passwordLinkPath(token), purpose: options.purpose, expiresAt: expiresAt.toISOString() };
}
