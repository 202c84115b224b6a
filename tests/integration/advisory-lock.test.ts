import { describe, expect, it } from 'vitest';
import { withAdvisoryLock } from '@/server/advisory-lock';
import { useTestDatabase } from '../setup/test-database';

useTestDatabase();

describe('withAdvisoryLock', () => {
  it('runs the work of one caller while the name is held, and lets the next one in afterwards', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const isInside = new Promise<void>((resolve) => (entered = resolve));
    const first = withAdvisoryLock('test:elected', async () => {
      entered();
      await held;
      return 'first';
    });
    await isInside;
    // Asked while the first holds it: refused at once, and the work does not run.
    let didRun = false;
    expect(await withAdvisoryLock('test:elected', async () => (didRun = true))).toEqual({ acquired: false });
    expect(didRun).toBe(false);
    // Another name is independent.
    expect(await withAdvisoryLock('test:other', async () => 'other')).toEqual({ acquired: true, value: 'other' });
    release();
    expect(await first).toEqual({ acquired: true, value: 'first' });
    expect(await withAdvisoryLock('test:elected', async () => 'again')).toEqual({ acquired: true, value: 'again' });
  });

  it('releases the name when the work fails', async () => {
    await expect(withAdvisoryLock('test:failing', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withAdvisoryLock('test:failing', async () => 1)).toEqual({ acquired: true, value: 1 });
  });
});
