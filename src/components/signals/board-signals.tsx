'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { summarizePushes, type CloseDateChange, type PushSummary } from '@/domain/signals/close-date-pushes';
import type { TDealCard } from '@/schemas/deal';

// The board's close-date history: each open deal's changes as the server read them from
// DealEvent when the board loaded, plus the changes seen live since (a card arriving
// with another expected close date than the one last seen is one more change). Pushes,
// the badge and the slipping filter are derived from it with the pure summarizePushes.

type Store = {
  changes: Map<string, CloseDateChange[]>;
  /** The close date each card had when last recorded. */
  lastDates: Map<string, string | null>;
};

const BoardSignalsContext = createContext<Store | null>(null);

export function BoardSignalsProvider({ closeDateChanges, children }: { closeDateChanges: Record<string, CloseDateChange[]> | undefined; children: ReactNode }) {
  const [store] = useState<Store>(() => ({ changes: new Map(Object.entries(closeDateChanges ?? {})), lastDates: new Map() }));
  return <BoardSignalsContext value={store}>{children}</BoardSignalsContext>;
}

function changesOf(store: Store | null, card: Pick<TDealCard, 'id' | 'expectedCloseDate' | 'updatedAt'>): { known: CloseDateChange[]; pending: CloseDateChange | null } {
  const known = store?.changes.get(card.id) ?? [];
  const last = store?.lastDates.get(card.id);
  const pending = last !== undefined && last !== card.expectedCloseDate ? { occurredAt: card.updatedAt, from: last, to: card.expectedCloseDate } : null;
  return { known, pending };
}

/** How the board judges pushes for any card (the slipping filter uses it). */
export function useBoardPushes(): (card: TDealCard) => PushSummary {
  const store = useContext(BoardSignalsContext);
  return useCallback(
    (card: TDealCard) => {
      const { known, pending } = changesOf(store, card);
      return summarizePushes(pending ? [...known, pending] : known, card.expectedCloseDate);
    },
    [store],
  );
}

/** A card's pushes; records a close-date change seen live so later ones add to it. */
export function useCardPushes(card: TDealCard): PushSummary {
  const store = useContext(BoardSignalsContext);
  const { known, pending } = changesOf(store, card);
  useEffect(() => {
    if (!store) return;
    const { known: recorded, pending: unrecorded } = changesOf(store, card);
    if (unrecorded) store.changes.set(card.id, [...recorded, unrecorded]);
    store.lastDates.set(card.id, card.expectedCloseDate);
  }, [store, card]);
  // The same summary object while nothing it reads changed, so the card's risk (memoised
  // on it) is not worked out again each time the board re-renders (every minute, each move).
  const pendingFrom = pending?.from;
  const pendingAt = pending?.occurredAt;
  return useMemo(
    () =>
      summarizePushes(
        pendingAt === undefined ? known : [...known, { occurredAt: pendingAt, from: pendingFrom ?? null, to: card.expectedCloseDate }],
        card.expectedCloseDate,
      ),
    [known, pendingAt, pendingFrom, card.expectedCloseDate],
  );
}
