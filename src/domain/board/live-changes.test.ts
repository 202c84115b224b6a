import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changesAfter, newChanges, rejoinAfter, rejoinMargin } from './live-changes';

const at = (...sequences: number[]) => sequences.map((sequence) => ({ sequence }));

describe('newChanges', () => {
  it('puts changes in sequence order and drops those at or below what the board was loaded at', () => {
    expect(newChanges(at(105, 103, 104, 101), 102, new Set())).toEqual(at(103, 104, 105));
  });

  it('drops changes already applied, and a change delivered twice in one batch', () => {
    expect(newChanges(at(7, 8, 8, 9), 0, new Set([9]))).toEqual(at(7, 8));
  });

  it('whatever order changes come in, and however often, each is taken once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 80 }), fc.integer({ min: 0, max: 30 }), (sequences, base) => {
        const applied = new Set<number>();
        const taken: number[] = [];
        // Delivered in arbitrary batches, as live events and catch-ups are.
        for (let start = 0; start < sequences.length; start += 7) {
          for (const change of newChanges(at(...sequences.slice(start, start + 7)), base, applied)) {
            applied.add(change.sequence);
            taken.push(change.sequence);
          }
        }
        expect(new Set(taken).size).toBe(taken.length);
        expect([...new Set(sequences.filter((sequence) => sequence > base))].sort((a, b) => a - b)).toEqual([...taken].sort((a, b) => a - b));
      }),
    );
  });
});

describe('rejoinAfter', () => {
  it('asks again from a margin before the highest sequence seen', () => {
    expect(rejoinAfter(1_000, 10)).toBe(1_000 - rejoinMargin);
  });

  it('never asks for what the board was loaded with, nor below zero', () => {
    expect(rejoinAfter(150, 100)).toBe(100);
    expect(rejoinAfter(50, 0)).toBe(0);
  });

  it('recovers a change sent after a higher one when the connection dropped in between', () => {
    // The board saw 105, then lost its connection before 104 (committed first) arrived.
    const applied = new Set([101, 102, 103, 105]);
    const after = rejoinAfter(105, 100);
    const catchUp = at(101, 102, 103, 104, 105, 106).filter((change) => change.sequence > after);
    expect(newChanges(catchUp, 100, applied)).toEqual(at(104, 106));
  });
});

describe('changesAfter', () => {
  it('keeps the applied changes a fresh copy read at a sequence cannot hold yet', () => {
    expect(changesAfter(at(40, 41, 44), 41)).toEqual(at(44));
  });
});
