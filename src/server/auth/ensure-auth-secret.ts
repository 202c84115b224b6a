import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * NEXTAUTH_SECRET when it is set; otherwise a random secret generated once and kept
 * in DATA_DIR/auth-secret, so that sessions survive a restart of a local install.
 */
export function ensureAuthSecret(options: { configured?: string; dataDirectory: string }): string {
  if (options.configured) return options.configured;
  const file = path.resolve(options.dataDirectory, 'auth-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
