import { describe, expect, it } from 'vitest';
import { heapGrowingPercent, limitHeapGrowth } from './heap-growth';

describe('the heap growth limit', () => {
  it('lets the heap grow by half of what the last full collection kept, whatever the database', () => {
    expect(heapGrowingPercent).toBe(50);
    expect(limitHeapGrowth()).toBe(50);
  });
});
