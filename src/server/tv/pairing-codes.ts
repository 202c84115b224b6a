import { createHash, randomBytes, randomInt } from 'node:crypto';

// The 6-digit code a TV shows while it waits to be paired, and the secret only that TV
// holds to pick up its link. Only SHA-256 hashes of both are stored (docs/decisions/021).

export const pairingLifetimeMs = 10 * 60 * 1000;

export function generatePairingCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function generatePairingSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function hashPairingValue(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
