import { describe, expect, it } from 'vitest';
import { replaceById, upsertById } from './replace-by-id';

const ann = { id: 'a', name: 'Ann' };
const bob = { id: 'b', name: 'Bob' };

describe('replaceById', () => {
  it('replaces the record with the same id and keeps the order', () => {
    expect(replaceById([ann, bob], { id: 'a', name: 'Anna' })).toEqual([{ id: 'a', name: 'Anna' }, bob]);
  });

  it('leaves the list as it was when no record has that id', () => {
    expect(replaceById([ann], bob)).toEqual([ann]);
  });
});

describe('upsertById', () => {
  it('replaces the record with the same id in place', () => {
    expect(upsertById([ann, bob], { id: 'a', name: 'Anna' })).toEqual([{ id: 'a', name: 'Anna' }, bob]);
  });

  it('adds a new record at the end', () => {
    expect(upsertById([ann], bob)).toEqual([ann, bob]);
  });
});
