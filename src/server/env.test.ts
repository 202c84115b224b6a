import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnvironment } from './env';
import { resolveDatabaseTarget } from './db';

describe('the embedded database buffer cache setting', () => {
  it('is 32 MB unless given, and reaches the embedded database target', () => {
    const environment = parseEnvironment({ DATA_DIR: '/tmp/cadence' });
    expect(environment.PGLITE_SHARED_BUFFERS_MB).toBe(32);
    expect(resolveDatabaseTarget(parseEnvironment({ PGLITE_SHARED_BUFFERS_MB: '64' }))).toMatchObject({ kind: 'pglite', sharedBuffersMb: 64 });
  });

  it.each([
    ['abc', 'expected number'],
    ['4', 'must be at least 8'],
    ['100000', 'must be at most 4096'],
    ['12.5', 'expected int'],
  ])('refuses %s in one line that names the variable', (value, wording) => {
    const parse = () => parseEnvironment({ PGLITE_SHARED_BUFFERS_MB: value });
    expect(parse).toThrow(EnvironmentError);
    expect(parse).toThrow(/^Invalid environment: PGLITE_SHARED_BUFFERS_MB /);
    expect(parse).toThrow(wording);
  });
});
