'use client';

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { applyDealChange, filterDeals } from '@/domain/board/board-view';
import { changesAfter, newChanges, rejoinAfter } from '@/domain/board/live-changes';
import { parseMonthKey } from '@/domain/calendar';
import type { TBoard, TDealCard, TDealChange } from '@/schemas/deal';
import { fetchBoard } from './deals-api';

// The board as this browser holds it: the server's cards, with optimistic moves laid on
// top, kept current by live changes. Changes are applied by version (a card is only ever
// replaced by a newer one) and each change's sequence is applied once; a change the
// loaded board already reflects is not news (domain/board/live-changes.ts).

/** How many applied changes are kept to lay over a board loaded afresh. */
const keptChanges = 1_000;

/** Whether a card belongs on this board: its team, its rep (on a rep's board), and its month once completed. */
export function belongsOnBoard(board: TBoard, card: TDealCard): boolean {
  const team = board.teams.find((candidate) => candidate.id === card.teamId);
  if (!team) return false;
  if (board.scope.kind === 'rep' && card.ownerId !== board.scope.userId) return false;
  if (card.stage !== 'COMPLETED') return true;
  const monthStart = parseMonthKey(board.completedMonth);
  if (!monthStart) return false;
  return filterDeals([card], { closingThisMonth: { monthStart, timeZone: team.timeZone } }).length === 1;
}

export function useBoardData(initialBoard: TBoard) {
  const [board, setBoard] = useState(initialBoard);
  const [cards, setCards] = useState<TDealCard[]>(initialBoard.deals);
  const [isReloading, setReloading] = useState(false);
  const boardRef = useRef(board);
  useLayoutEffect(() => {
    boardRef.current = board;
  });
  const highestSequence = useRef(initialBoard.sequence);
  /** The sequence the cards were loaded at: they reflect every change up to it. */
  const baseSequence = useRef(initialBoard.sequence);
  const appliedSequences = useRef(new Set<number>());
  const appliedChanges = useRef<TDealChange[]>([]);

  const belongs = useCallback((card: TDealCard) => belongsOnBoard(boardRef.current, card), []);

  /** Applies changes not seen before, in order; returns those that were new. */
  const applyChanges = useCallback(
    (changes: readonly TDealChange[]): TDealChange[] => {
      const fresh = newChanges(changes, baseSequence.current, appliedSequences.current);
      if (fresh.length === 0) return [];
      for (const change of fresh) {
        appliedSequences.current.add(change.sequence);
        highestSequence.current = Math.max(highestSequence.current, change.sequence);
      }
      appliedChanges.current.push(...fresh);
      if (appliedChanges.current.length > keptChanges) appliedChanges.current.splice(0, appliedChanges.current.length - keptChanges);
      setCards((current) => fresh.reduce((held, change) => applyDealChange(held, change, { belongsOnBoard: belongs }), current));
      return fresh;
    },
    [belongs],
  );

  /** Lays the server's copy of a card over ours (from a 409), when it is newer. */
  const applyServerCard = useCallback(
    (deal: TDealCard) => setCards((current) => applyDealChange(current, { deal }, { belongsOnBoard: belongs })),
    [belongs],
  );

  /** Loads the board afresh, for another Completed month or after missing too much. */
  const reload = useCallback(async (completedMonth?: string) => {
    setReloading(true);
    try {
      const fresh = await fetchBoard(boardRef.current.scope, completedMonth ?? boardRef.current.completedMonth);
      boardRef.current = fresh;
      setBoard(fresh);
      // Changes that arrived after the server read the fresh copy are not in it.
      const later = changesAfter(appliedChanges.current, fresh.sequence);
      setCards(later.reduce((held, change) => applyDealChange(held, change, { belongsOnBoard: belongs }), fresh.deals));
      baseSequence.current = Math.max(baseSequence.current, fresh.sequence);
      highestSequence.current = Math.max(highestSequence.current, fresh.sequence);
      return fresh;
    } finally {
      setReloading(false);
    }
  }, [belongs]);

  return {
    board,
    cards,
    setCards,
    isReloading,
    applyChanges,
    applyServerCard,
    reload,
    belongs,
    /** The sequence to join after: on a reconnect, from a margin before the highest seen. */
    afterSequence: (isRejoin: boolean) =>
      isRejoin ? rejoinAfter(highestSequence.current, baseSequence.current) : highestSequence.current,
  };
}
