import { describe, expect, it } from 'vitest';
import { checkBoards, type Board } from './live-clients';

function boardThatSaw(sequences: number[], reloadedThrough = 0, reloads = 0): Board {
  return {
    applied: sequences.map((sequence) => ({ sequence, dealId: `deal-${sequence}`, version: 1 })),
    seen: new Set(sequences),
    reloadedThrough,
    reloads,
  } as unknown as Board;
}

describe('checking the boards after a load', () => {
  it('counts a change a board never saw as missed', () => {
    expect(checkBoards([boardThatSaw([1, 2, 4])], [1, 2, 3, 4])).toMatchObject({ changes: 4, missing: 1, reloads: 0 });
  });

  it('does not count what a fresh load showed, but does count what came after it and never arrived', () => {
    const reloaded = boardThatSaw([1, 6, 8], 5, 1);
    expect(checkBoards([reloaded], [1, 2, 3, 4, 5, 6, 7, 8])).toMatchObject({ missing: 1, reloads: 1 });
  });
});
