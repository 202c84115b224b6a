import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';

describe('the embedded database', () => {
  // PGlite's own default is 128MB; the target's setting (env.test.ts) or 32 MB applies instead.
  it('runs with a 32 MB buffer cache unless told otherwise', { timeout: 120_000 }, async () => {
    const database = openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      const result = await database.pglite!.query<{ shared_buffers: string }>('SHOW shared_buffers');
      expect(result.rows[0]!.shared_buffers).toBe('32MB');
    } finally {
      await database.close();
    }
  });
});
