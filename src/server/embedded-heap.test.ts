import { describe, expect, it } from 'vitest';
import { limitHeapGrowthFor } from './embedded-heap';

describe('the heap growth limit', () => {
  it('applies on the embedded database only', () => {
    expect(limitHeapGrowthFor({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:5432/cadence' })).toBe(false);
    expect(limitHeapGrowthFor({ kind: 'pglite', dataDir: 'memory://' })).toBe(true);
  });
});
