import { createHash, randomBytes } from 'node:crypto';

// Personal API tokens: 32 random bytes, shown once, stored only as a SHA-256 hash
// (a fast hash is right here: the token has full entropy, unlike a password).

export const apiTokenPrefix = 'cad_';

export function generateApiToken(): string {
  return apiTokenPrefix + randomBytes(32).toString('base64url');
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The part of a token that can be shown in a list to tell tokens apart. */
export function displayPrefix(token: string): string {
  return token.slice(0, apiTokenPrefix.length + 6);
}
