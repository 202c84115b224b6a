import { afterEach, describe, expect, it, vi } from 'vitest';

// The environment is read once per process (src/server/env.ts): each NEXTAUTH_SECRET gets
// its own fresh copy of the modules.
async function secretBoxWith(nextAuthSecret: string) {
  vi.resetModules();
  process.env.NEXTAUTH_SECRET = nextAuthSecret;
  return import('./secret-box');
}

const original = process.env.NEXTAUTH_SECRET;
afterEach(() => {
  process.env.NEXTAUTH_SECRET = original;
  vi.resetModules();
});

describe('connection secrets at rest', () => {
  it('seals a secret so that only the same NEXTAUTH_SECRET opens it', async () => {
    const first = await secretBoxWith('first-secret-that-is-long-enough-0123456789');
    const secret = first.newConnectionSecret();
    const sealed = first.sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(first.sealSecret(secret)).not.toBe(sealed);
    expect(first.openSecret(sealed)).toBe(secret);
    const other = await secretBoxWith('another-secret-that-is-long-enough-9876543210');
    expect(other.openSecret(sealed)).toBeNull();
  });

  it('refuses a tampered or malformed value', async () => {
    const box = await secretBoxWith('first-secret-that-is-long-enough-0123456789');
    const sealed = box.sealSecret('whsec_example');
    const [version, iv, tag, data] = sealed.split('.');
    const flipped = `${data!.slice(0, -2)}${data!.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(box.openSecret([version, iv, tag, flipped].join('.'))).toBeNull();
    expect(box.openSecret('not-sealed')).toBeNull();
  });
});
