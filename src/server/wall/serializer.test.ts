import { describe, expect, it } from 'vitest';
import { createSerializer } from './serializer';

describe('createSerializer', () => {
  it('runs one piece of work at a time, in the order asked, and says when it is idle', async () => {
    const exclusive = createSerializer();
    const log: string[] = [];
    let release: () => void = () => {};
    const first = exclusive(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      log.push('first ends');
      return 1;
    });
    const second = exclusive(async () => {
      log.push('second runs');
      return 2;
    });
    await Promise.resolve();
    expect(exclusive.isIdle()).toBe(false);
    expect(log).toEqual(['first starts']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first starts', 'first ends', 'second runs']);
    expect(exclusive.isIdle()).toBe(true);
  });

  it('goes on to the next piece when one fails, and hands the failure to its caller', async () => {
    const exclusive = createSerializer();
    const failing = exclusive(async () => {
      throw new Error('no database');
    });
    const next = exclusive(async () => 'ran');
    await expect(failing).rejects.toThrow('no database');
    expect(await next).toBe('ran');
  });
});
