import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { getEnvironment } from '@/server/env';
import { AppError } from '@/server/errors';

// Connection secrets must be readable again: an HMAC signature is checked by computing it
// with the secret itself, so a hash would not do. They are kept encrypted (AES-256-GCM)
// with a key derived from NEXTAUTH_SECRET (HKDF-SHA256, its own info string), so a copy of
// the database alone does not reveal them. Changing NEXTAUTH_SECRET makes them unreadable:
// the receiver then answers 401 with that reason until the admin rotates (decision 019).

const format = 'v1';

let derived: { from: string; key: Buffer } | null = null;

function key(): Buffer {
  const secret = getEnvironment().NEXTAUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new AppError('UNAVAILABLE', 'The server has no NEXTAUTH_SECRET configured.');
  // Derived once per NEXTAUTH_SECRET, not on every request.
  if (derived?.from !== secret) derived = { from: secret, key: Buffer.from(hkdfSync('sha256', secret, 'cadence', 'integration-connection-secrets', 32)) };
  return derived.key;
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [format, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The secret, or null when it cannot be read (another NEXTAUTH_SECRET sealed it). */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== format || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    return null;
  }
}

/** A new random secret: 32 bytes, URL-safe. */
export function newConnectionSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
