import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTagCounts, reconcileTags, spellingsOf, suggestTags, tagKey } from './tags';

const known = [
  { tag: 'multithreading', count: 3 },
  { tag: 'multi-threading', count: 5 },
  { tag: 'pricing', count: 4 },
  { tag: 'discovery-call', count: 2 },
];

describe('tagKey', () => {
  it('ignores case, a leading # and dashes', () => {
    expect(tagKey('#Multi-Threading')).toBe('multithreading');
    expect(tagKey('multithreading')).toBe('multithreading');
    expect(tagKey('discovery-call')).toBe(tagKey('discoverycall'));
    expect(tagKey('pricing')).not.toBe(tagKey('price'));
  });
});

describe('mergeTagCounts', () => {
  it('counts two spellings as one tag under the most used spelling', () => {
    expect(mergeTagCounts(known)).toEqual([
      { tag: 'multi-threading', count: 8 },
      { tag: 'pricing', count: 4 },
      { tag: 'discovery-call', count: 2 },
    ]);
  });

  it('prefers the spelling with dashes on a tie', () => {
    expect(mergeTagCounts([{ tag: 'followup', count: 2 }, { tag: 'follow-up', count: 2 }])).toEqual([{ tag: 'follow-up', count: 4 }]);
  });

  it('never loses a count', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ tag: fc.stringMatching(/^[a-c]{1,2}(-[a-c])?$/), count: fc.integer({ min: 1, max: 9 }) })), (counts) => {
        const total = (list: { count: number }[]) => list.reduce((sum, entry) => sum + entry.count, 0);
        const merged = mergeTagCounts(counts);
        expect(total(merged)).toBe(total(counts));
        expect(new Set(merged.map((entry) => tagKey(entry.tag))).size).toBe(merged.length);
      }),
    );
  });
});

describe('reconcileTags', () => {
  it('saves a typed tag under the spelling in use, once', () => {
    expect(reconcileTags(['multithreading', 'Pricing', 'multi-threading', 'new-idea'], known)).toEqual(['multi-threading', 'pricing', 'new-idea']);
  });

  it('keeps a new tag as typed (lower case)', () => {
    expect(reconcileTags(['Champion'], [])).toEqual(['champion']);
  });
});

describe('spellingsOf', () => {
  it('finds every spelling of one tag for a search', () => {
    expect(spellingsOf('multithreading', known).sort()).toEqual(['multi-threading', 'multithreading']);
    expect(spellingsOf('unknown', known)).toEqual(['unknown']);
  });
});

describe('suggestTags', () => {
  it('suggests tags in use that start like the word typed, most used first', () => {
    expect(suggestTags('multi', known).map((entry) => entry.tag)).toEqual(['multi-threading']);
    expect(suggestTags('#d', known).map((entry) => entry.tag)).toEqual(['discovery-call']);
    expect(suggestTags('', known)).toEqual([]);
  });

  it('leaves out tags already chosen and the word when it is already a whole tag', () => {
    expect(suggestTags('pri', known, { exclude: ['pricing'] })).toEqual([]);
    expect(suggestTags('pricing', known)).toEqual([]);
  });
});
