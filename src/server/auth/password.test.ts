import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('cadence-demo');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(stored).not.toContain('cadence-demo');
    expect(await verifyPassword('cadence-demo', stored)).toBe(true);
    expect(await verifyPassword('cadence-dem0', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});
