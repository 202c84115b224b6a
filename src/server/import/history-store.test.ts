import { describe, expect, it } from 'vitest';
import { HistoryStore, type CompactHistory } from './history-store';

describe('HistoryStore', () => {
  it('gives back each deal its rows in file order, as they were added', () => {
    const store = new HistoryStore(new Map([['A', 0], ['B', 1], ['C', 2]]));
    const rows: [string, CompactHistory][] = [
      ['A', { line: 2, instant: Date.UTC(2026, 0, 5, 9, 30), date: null, minutes: 570, stage: 'TODO', amountMinor: 100_000 }],
      ['B', { line: 3, instant: null, date: '2025-12-31', minutes: null, stage: null, amountMinor: null }],
      ['A', { line: 4, instant: null, date: '2026-02-01', minutes: 615, stage: 'COMPLETED', amountMinor: 9_007_199_254 }],
      ['A', { line: 5, instant: Date.UTC(2026, 2, 1), date: null, minutes: null, stage: 'BACKLOG', amountMinor: 0 }],
    ];
    for (const [deal, entry] of rows) expect(store.add(deal, entry)).toBe(true);
    expect(store.get('A')).toEqual([rows[0]![1], rows[2]![1], rows[3]![1]]);
    expect(store.get('B')).toEqual([rows[1]![1]]);
    expect(store.first('A')).toEqual(rows[0]![1]);
    expect(store.get('C')).toBeUndefined();
    expect(store.first('C')).toBeUndefined();
    expect(store.size).toBe(4);
  });

  it('keeps no row of a deal it was not given', () => {
    const store = new HistoryStore(new Map([['A', 0]]));
    expect(store.add('Z', { line: 2, instant: 0, date: null, minutes: null, stage: null, amountMinor: null })).toBe(false);
    expect(store.has('Z')).toBe(false);
    expect(store.get('Z')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('takes deals added to its map after it was made', () => {
    const deals = new Map<string, number>();
    const store = new HistoryStore(deals);
    for (let index = 0; index < 3_000; index += 1) deals.set(`D${index}`, index);
    store.add('D2999', { line: 2, instant: 1, date: null, minutes: null, stage: 'TODO', amountMinor: 5 });
    store.add('D0', { line: 3, instant: 2, date: null, minutes: null, stage: 'TODO', amountMinor: 6 });
    expect(store.get('D2999')!.map((entry) => entry.line)).toEqual([2]);
    expect(store.get('D0')!.map((entry) => entry.line)).toEqual([3]);
    expect(store.get('D1')).toBeUndefined();
  });

  it('grows past its first columns', () => {
    const store = new HistoryStore(new Map([['A', 0], ['B', 1]]));
    for (let line = 2; line < 5_002; line += 1) store.add(line % 2 ? 'A' : 'B', { line, instant: line * 1_000, date: null, minutes: null, stage: 'IN_PROGRESS', amountMinor: line });
    const a = store.get('A')!;
    expect(a).toHaveLength(2_500);
    expect(a.map((entry) => entry.line)).toEqual(Array.from({ length: 2_500 }, (_, index) => 3 + index * 2));
    expect(store.get('B')!.at(-1)).toEqual({ line: 5_000, instant: 5_000_000, date: null, minutes: null, stage: 'IN_PROGRESS', amountMinor: 5_000 });
  });
});
