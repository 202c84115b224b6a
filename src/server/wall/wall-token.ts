import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/server/db';
import type { TTvPlaylist, TWallScope } from '@/schemas/wall';
import { readPlaylist } from './wall-token-summary';

// TV links carry 32 random bytes (unguessable); only their SHA-256 hash is stored.

export const wallTokenPrefix = 'wall_';

export function generateWallToken(): string {
  return wallTokenPrefix + randomBytes(32).toString('base64url');
}

export function hashWallToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The scope a TV link shows (and its playlist, if any), or null when the token is unknown or revoked. */
export async function resolveWallToken(token: string): Promise<{ tokenId: string; scope: TWallScope; playlist: TTvPlaylist | null } | null> {
  if (!token.startsWith(wallTokenPrefix) || token.length > 200) return null;
  const record = await prisma.wallToken.findUnique({
    where: { tokenHash: hashWallToken(token) },
    select: { id: true, scope: true, officeId: true, revokedAt: true, lastUsedAt: true, playlist: true },
  });
  if (!record || record.revokedAt) return null;
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await prisma.wallToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  const scope: TWallScope =
    record.scope === 'COMPANY' || !record.officeId ? { kind: 'company' } : { kind: 'office', officeId: record.officeId };
  return { tokenId: record.id, scope, playlist: readPlaylist(record.playlist) };
}
