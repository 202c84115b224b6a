import { describe, expect, it } from 'vitest';
import { completeTag, formatTagsText, parseTagsText, wordBeingTyped } from './tags-input';

describe('parseTagsText', () => {
  it('splits on commas and spaces, lower-cases and drops repeats', () => {
    expect(parseTagsText('Pricing, discovery-call  pricing,#Champion')).toEqual({
      tags: ['pricing', 'discovery-call', 'champion'],
      error: null,
    });
  });

  it('gives no tags for empty text', () => {
    expect(parseTagsText('  , ')).toEqual({ tags: [], error: null });
  });

  it('names the word that is not a tag', () => {
    const parsed = parseTagsText('pricing, multi_thread');
    expect(parsed.error).toMatch(/“multi_thread” is not a tag/);
  });

  it('refuses more than ten tags', () => {
    const parsed = parseTagsText('a b c d e f g h i j k');
    expect(parsed.error).toBe('Use at most 10 tags');
  });

  it('writes tags back as the input shows them', () => {
    expect(formatTagsText(['pricing', 'champion'])).toBe('pricing, champion');
  });
});

describe('completing a tag', () => {
  it('reads the word being typed and replaces it with the chosen tag', () => {
    expect(wordBeingTyped('pricing, multi')).toBe('multi');
    expect(wordBeingTyped('pricing, #multi')).toBe('multi');
    expect(wordBeingTyped('pricing, ')).toBe('');
    expect(completeTag('pricing, #multi', 'multi-threading')).toBe('pricing, multi-threading, ');
    expect(completeTag('', 'pricing')).toBe('pricing, ');
  });
});
