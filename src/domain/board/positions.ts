import { BoardRuleError } from './board-rule-error';

// Order within one column of one lane (a rep's row × a stage). Positions are doubles and
// smaller sits higher. A card dropped between two others takes the midpoint, so a move
// writes one row; only when repeated halving has worn a gap down to almost nothing is
// the whole column spaced out again.

/** The distance between cards when a column is laid out afresh. */
export const positionStep = 1024;

/** A card closer than this to a neighbour means the column must be spaced out again. */
export const minimumPositionGap = 1e-6;

export type PositionedCard = { id: string; position: number };

/**
 * Where a card lands: `afterDealId` is the card that will sit directly above it,
 * `beforeDealId` the card directly below it. Either or both may be absent.
 */
export type ColumnPlacement = { afterDealId?: string | null; beforeDealId?: string | null };

export type PlacementResult = {
  /** The moved card's new position. */
  position: number;
  /**
   * Empty, unless the column had to be spaced out again: then every card of the column,
   * the moved one included, with its new position, top to bottom. The caller saves all
   * of them.
   */
  rebalanced: PositionedCard[];
};

/** A position strictly between two neighbours; either may be missing (top or bottom). */
export function positionBetween(above: number | null, below: number | null): number {
  if (above !== null && below !== null) return above / 2 + below / 2;
  if (above !== null) return above + positionStep;
  if (below !== null) return below - positionStep;
  return positionStep;
}

/** Top to bottom: by position, then by id so that equal positions still have one order. */
export function compareByPosition(first: PositionedCard, second: PositionedCard): number {
  const firstKey = sortablePosition(first.position);
  const secondKey = sortablePosition(second.position);
  if (firstKey !== secondKey) return firstKey < secondKey ? -1 : 1;
  if (first.id === second.id) return 0;
  return first.id < second.id ? -1 : 1;
}

/**
 * Works out the position of `movingDealId` in `column` (which may already hold it; its
 * old place is ignored). With no neighbour given the card goes to the bottom.
 *
 * When both neighbours are given but are not next to each other (someone else moved a
 * card in between meanwhile), `afterDealId` wins: the card goes directly below it.
 *
 * Throws BoardRuleError('INVALID_PLACEMENT') when a neighbour is not in the column.
 */
export function placeInColumn(
  column: readonly PositionedCard[],
  placement: ColumnPlacement,
  movingDealId: string,
): PlacementResult {
  const others = column.filter((card) => card.id !== movingDealId).sort(compareByPosition);
  const afterDealId = placement.afterDealId ?? null;
  const beforeDealId = placement.beforeDealId ?? null;
  const afterIndex = findNeighbourIndex(others, afterDealId, movingDealId, 'above');
  const beforeIndex = findNeighbourIndex(others, beforeDealId, movingDealId, 'below');

  let insertIndex = others.length;
  if (afterIndex !== null) insertIndex = afterIndex + 1;
  else if (beforeIndex !== null) insertIndex = beforeIndex;

  const above = others[insertIndex - 1]?.position ?? null;
  const below = others[insertIndex]?.position ?? null;
  const position = positionBetween(above, below);
  if (hasRoomBetween(above, position, below)) return { position, rebalanced: [] };

  const order = [...others.slice(0, insertIndex).map((card) => card.id), movingDealId, ...others.slice(insertIndex).map((card) => card.id)];
  const rebalanced = order.map((id, index) => ({ id, position: (index + 1) * positionStep }));
  return { position: (insertIndex + 1) * positionStep, rebalanced };
}

function findNeighbourIndex(
  others: readonly PositionedCard[],
  neighbourId: string | null,
  movingDealId: string,
  side: 'above' | 'below',
): number | null {
  if (neighbourId === null) return null;
  if (neighbourId === movingDealId) {
    throw new BoardRuleError('INVALID_PLACEMENT', 'A card cannot be placed next to itself.');
  }
  const index = others.findIndex((card) => card.id === neighbourId);
  if (index === -1) {
    throw new BoardRuleError(
      'INVALID_PLACEMENT',
      `The card meant to sit ${side} this one (${neighbourId}) is not in that column any more. Refresh the board and try again.`,
    );
  }
  return index;
}

function hasRoomBetween(above: number | null, position: number, below: number | null): boolean {
  if (!Number.isFinite(position)) return false;
  if (above !== null && !(position - above >= minimumPositionGap)) return false;
  if (below !== null && !(below - position >= minimumPositionGap)) return false;
  return true;
}

/** Broken positions (NaN, infinities) sort last, so that spacing the column out repairs them. */
function sortablePosition(position: number): number {
  return Number.isFinite(position) ? position : Number.POSITIVE_INFINITY;
}
