import { describe, expect, it } from 'vitest';
import { filtersFromSearch, isNewHistoryStep, noFilters, searchWithFilters } from './board-filters';

describe('board filters in the address', () => {
  it('reads every filter, and treats a missing or odd value as unfiltered', () => {
    expect(filtersFromSearch(new URLSearchParams('q=atlas&rep=u1&noteworthy=1&closing=1&slipping=1'))).toEqual({
      text: 'atlas',
      ownerId: 'u1',
      noteworthyOnly: true,
      closingThisMonth: true,
      slippingOnly: true,
    });
    expect(filtersFromSearch(new URLSearchParams('noteworthy=yes&closing=0'))).toEqual(noFilters);
  });

  it('writes only the filters that are set and keeps other parameters', () => {
    const written = searchWithFilters(new URLSearchParams('completedMonth=2026-11&q=old&slipping=1'), {
      ...noFilters,
      text: 'north wind',
      noteworthyOnly: true,
    });
    expect(written.toString()).toBe('completedMonth=2026-11&q=north+wind&noteworthy=1');
    expect(filtersFromSearch(written)).toEqual({ ...noFilters, text: 'north wind', noteworthyOnly: true });
  });

  it('round-trips any filters through the address', () => {
    const filters = { text: 'a&b=c #1', ownerId: 'user 7', noteworthyOnly: false, closingThisMonth: true, slippingOnly: false };
    expect(filtersFromSearch(new URLSearchParams(searchWithFilters(new URLSearchParams(), filters).toString()))).toEqual(filters);
  });

  it('makes a history step for a toggle or the first letter typed, not for each further letter', () => {
    expect(isNewHistoryStep(noFilters, { ...noFilters, text: 'a' })).toBe(true);
    expect(isNewHistoryStep({ ...noFilters, text: 'a' }, { ...noFilters, text: 'at' })).toBe(false);
    expect(isNewHistoryStep({ ...noFilters, text: 'at' }, noFilters)).toBe(true);
    expect(isNewHistoryStep(noFilters, { ...noFilters, closingThisMonth: true })).toBe(true);
    expect(isNewHistoryStep({ ...noFilters, text: 'at' }, { ...noFilters, text: 'at', ownerId: 'u1' })).toBe(true);
  });
});
