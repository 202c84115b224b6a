import { describe, expect, it } from 'vitest';
import {
  currentPlace,
  isCurrentPlace,
  nextKeyboardTarget,
  placementFor,
  targetAtEndOfCell,
  targetOverCard,
  type GridModel,
} from './drop-target';

// Two reps; Ana holds a, b, c in To do and d in In progress; Ben holds e in To do.
const model: GridModel = {
  laneIds: ['ana', 'ben'],
  cells: new Map([
    ['ana:TODO', ['a', 'b', 'c']],
    ['ana:IN_PROGRESS', ['d']],
    ['ben:TODO', ['e']],
  ]),
};
const cardB = { id: 'b', ownerId: 'ana', stage: 'TODO' as const };
const anywhere = () => true;

describe('placementFor', () => {
  it('names the neighbours around the index, ignoring the moving card', () => {
    expect(placementFor(model, 'b', { ownerId: 'ana', stage: 'TODO', index: 0 })).toEqual({ afterDealId: null, beforeDealId: 'a' });
    expect(placementFor(model, 'b', { ownerId: 'ana', stage: 'TODO', index: 2 })).toEqual({ afterDealId: 'c', beforeDealId: null });
    expect(placementFor(model, 'b', { ownerId: 'ana', stage: 'IN_PROGRESS', index: 1 })).toEqual({ afterDealId: 'd', beforeDealId: null });
  });

  it('places a card alone in an empty cell with no neighbours', () => {
    expect(placementFor(model, 'b', { ownerId: 'ben', stage: 'BACKLOG', index: 0 })).toEqual({ afterDealId: null, beforeDealId: null });
  });

  it('clamps an index past the end to the bottom', () => {
    expect(placementFor(model, 'b', { ownerId: 'ben', stage: 'TODO', index: 9 })).toEqual({ afterDealId: 'e', beforeDealId: null });
  });
});

describe('pointer targets', () => {
  it('puts the card before a hovered card above its middle and after it below', () => {
    expect(targetOverCard(model, 'd', { id: 'b', ownerId: 'ana', stage: 'TODO' }, false).index).toBe(1);
    expect(targetOverCard(model, 'd', { id: 'b', ownerId: 'ana', stage: 'TODO' }, true).index).toBe(2);
  });

  it('keeps the place when the card hovers itself', () => {
    const target = targetOverCard(model, 'b', { id: 'b', ownerId: 'ana', stage: 'TODO' }, true);
    expect(isCurrentPlace(model, cardB, target)).toBe(true);
  });

  it('drops at the bottom of a cell hovered outside its cards', () => {
    expect(targetAtEndOfCell(model, 'b', 'ana', 'TODO')).toEqual({ ownerId: 'ana', stage: 'TODO', index: 2 });
  });
});

describe('nextKeyboardTarget', () => {
  const start = currentPlace(model, cardB);

  it('starts where the card is', () => {
    expect(start).toEqual({ ownerId: 'ana', stage: 'TODO', index: 1 });
  });

  it('moves right to the next column, keeping the height where it fits', () => {
    expect(nextKeyboardTarget(model, 'b', start, 'ArrowRight', anywhere)).toEqual({ ownerId: 'ana', stage: 'IN_PROGRESS', index: 1 });
    expect(nextKeyboardTarget(model, 'b', start, 'ArrowLeft', anywhere)).toEqual({ ownerId: 'ana', stage: 'BACKLOG', index: 0 });
  });

  it('skips columns the card may not enter and stops at the edge', () => {
    const notInProgress = (_owner: string, stage: string) => stage !== 'IN_PROGRESS';
    expect(nextKeyboardTarget(model, 'b', start, 'ArrowRight', notInProgress)?.stage).toBe('COMPLETED');
    const lastColumn = { ownerId: 'ana', stage: 'COMPLETED' as const, index: 0 };
    expect(nextKeyboardTarget(model, 'b', lastColumn, 'ArrowRight', anywhere)).toBeNull();
  });

  it('moves up and down the column, then into the neighbouring row', () => {
    const down = nextKeyboardTarget(model, 'b', start, 'ArrowDown', anywhere)!;
    expect(down).toEqual({ ownerId: 'ana', stage: 'TODO', index: 2 });
    expect(nextKeyboardTarget(model, 'b', down, 'ArrowDown', anywhere)).toEqual({ ownerId: 'ben', stage: 'TODO', index: 0 });
    const top = { ownerId: 'ben', stage: 'TODO' as const, index: 0 };
    expect(nextKeyboardTarget(model, 'b', top, 'ArrowUp', anywhere)).toEqual({ ownerId: 'ana', stage: 'TODO', index: 2 });
  });

  it('stays in the row when other rows are refused (a rep moving their own deal)', () => {
    const ownRowOnly = (owner: string) => owner === 'ana';
    const bottom = { ownerId: 'ana', stage: 'TODO' as const, index: 2 };
    expect(nextKeyboardTarget(model, 'b', bottom, 'ArrowDown', ownRowOnly)).toBeNull();
  });
});
