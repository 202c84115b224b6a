import { dealStages } from '@/schemas/deal-stages';
import type { TDealStage } from '@/schemas/deal';

// Where a dragged card would land, worked out from what the board shows. A target is a
// cell (one rep's row × one column) and an index among the cell's visible cards, not
// counting the card being moved. The server places cards by naming their neighbours, so
// a target turns into `afterDealId` / `beforeDealId`.

export type DropTarget = { ownerId: string; stage: TDealStage; index: number };

export type GridModel = {
  /** Lane owners, top to bottom, as shown. */
  laneIds: readonly string[];
  /** Visible card ids of each cell (`${ownerId}:${stage}`), top to bottom. */
  cells: ReadonlyMap<string, readonly string[]>;
};

export type CardPlace = { id: string; ownerId: string; stage: TDealStage };

export type Placement = { afterDealId: string | null; beforeDealId: string | null };

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

function keyOf(ownerId: string, stage: TDealStage): string {
  return `${ownerId}:${stage}`;
}

/** The visible cards of a cell other than the one being moved, top to bottom. */
export function othersInCell(model: GridModel, ownerId: string, stage: TDealStage, movingId: string): string[] {
  return (model.cells.get(keyOf(ownerId, stage)) ?? []).filter((id) => id !== movingId);
}

/** Where the card is now, as a target (dropping it there changes nothing). */
export function currentPlace(model: GridModel, card: CardPlace): DropTarget {
  const ids = model.cells.get(keyOf(card.ownerId, card.stage)) ?? [];
  const index = ids.indexOf(card.id);
  return { ownerId: card.ownerId, stage: card.stage, index: index === -1 ? ids.length : index };
}

export function isCurrentPlace(model: GridModel, card: CardPlace, target: DropTarget): boolean {
  const current = currentPlace(model, card);
  return current.ownerId === target.ownerId && current.stage === target.stage && current.index === target.index;
}

/** The neighbours the server needs for a card landing at `target`. */
export function placementFor(model: GridModel, movingId: string, target: DropTarget): Placement {
  const others = othersInCell(model, target.ownerId, target.stage, movingId);
  const index = Math.max(0, Math.min(target.index, others.length));
  return { afterDealId: others[index - 1] ?? null, beforeDealId: others[index] ?? null };
}

/**
 * The target for a pointer hovering a card of a cell: above the card's middle the moving
 * card goes before it, below the middle after it. Hovering the moving card itself keeps
 * its place.
 */
export function targetOverCard(
  model: GridModel,
  movingId: string,
  hovered: { id: string; ownerId: string; stage: TDealStage },
  isBelowMiddle: boolean,
): DropTarget {
  const ids = model.cells.get(keyOf(hovered.ownerId, hovered.stage)) ?? [];
  if (hovered.id === movingId) {
    const index = ids.indexOf(movingId);
    return { ownerId: hovered.ownerId, stage: hovered.stage, index: index === -1 ? ids.length : index };
  }
  const others = ids.filter((id) => id !== movingId);
  const index = others.indexOf(hovered.id);
  if (index === -1) return { ownerId: hovered.ownerId, stage: hovered.stage, index: others.length };
  return { ownerId: hovered.ownerId, stage: hovered.stage, index: isBelowMiddle ? index + 1 : index };
}

/** The target for a pointer over a cell but no card: the bottom of the cell. */
export function targetAtEndOfCell(model: GridModel, movingId: string, ownerId: string, stage: TDealStage): DropTarget {
  return { ownerId, stage, index: othersInCell(model, ownerId, stage, movingId).length };
}

/**
 * Keyboard dragging, one arrow key at a time: left and right go to the neighbouring
 * column of the same row, keeping the height where it can; up and down go one place up
 * or down the column, then on into the row above or below. Cells the card may not enter
 * are skipped. Null when there is nowhere further to go.
 */
export function nextKeyboardTarget(
  model: GridModel,
  movingId: string,
  from: DropTarget,
  key: NavigationKey,
  canEnter: (ownerId: string, stage: TDealStage) => boolean,
): DropTarget | null {
  const count = (ownerId: string, stage: TDealStage) => othersInCell(model, ownerId, stage, movingId).length;

  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const step = key === 'ArrowRight' ? 1 : -1;
    for (let column = dealStages.indexOf(from.stage) + step; column >= 0 && column < dealStages.length; column += step) {
      const stage = dealStages[column]!;
      if (canEnter(from.ownerId, stage)) {
        return { ownerId: from.ownerId, stage, index: Math.min(from.index, count(from.ownerId, stage)) };
      }
    }
    return null;
  }

  if (key === 'ArrowDown' && from.index < count(from.ownerId, from.stage)) return { ...from, index: from.index + 1 };
  if (key === 'ArrowUp' && from.index > 0) return { ...from, index: from.index - 1 };

  const step = key === 'ArrowDown' ? 1 : -1;
  for (let lane = model.laneIds.indexOf(from.ownerId) + step; lane >= 0 && lane < model.laneIds.length; lane += step) {
    const ownerId = model.laneIds[lane]!;
    if (canEnter(ownerId, from.stage)) {
      return { ownerId, stage: from.stage, index: key === 'ArrowDown' ? 0 : count(ownerId, from.stage) };
    }
  }
  return null;
}
