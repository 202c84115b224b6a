'use client';

import { useCallback, useLayoutEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { moveCardLocally } from '@/domain/board/board-view';
import { positionBetween } from '@/domain/board/positions';
import type { TCloseDealInput, TCreateDealInput, TDealCard, TDealChange, TOpenDealStage, TUpdateDealInput } from '@/schemas/deal';
import { firstNameOf, stageLabels } from './board-format';
import { currentDealOf, fetchDeal, newIdempotencyKey, requestCreateDeal, requestDealChange, type DealResult } from './deals-api';
import { isCurrentPlace, placementFor, type DropTarget, type GridModel } from './drop-target';
import { ApiError } from '@/lib/api-client';
import type { Notice } from '@/components/ui/notices';
import { endSentence } from '@/domain/sentence';

// What the user does to deals, sent to the API. Moves, closes and deletes show at once
// (optimistic) and are undone if the server refuses; a refusal because someone else got
// there first (409) puts the card where it really is and says who moved it. One
// idempotency key per action, so a retried request is applied once.

/** "Dana moved this deal first; it's shown where it is now." */
async function describeConflict(current: TDealCard, actorId: string): Promise<string> {
  const where = current.deletedAt ? 'it is no longer on the board' : "it's shown where it is now";
  try {
    const { history } = await fetchDeal(current.id);
    const last = history[history.length - 1];
    if (!last) throw new Error('no history');
    const verbs: Partial<Record<TDealChange['type'], string>> = {
      MOVED: 'moved',
      REASSIGNED: 'moved',
      CLOSED: 'closed',
      REOPENED: 'reopened',
      DELETED: 'deleted',
    };
    const verb = verbs[last.type] ?? 'changed';
    return last.actorId === actorId
      ? `You ${verb} this deal in another window first; ${where}.`
      : `${firstNameOf(last.actorName)} ${verb} this deal first; ${where}.`;
  } catch {
    return `Someone else changed this deal first; ${where}.`;
  }
}

export function useDealActions(options: {
  actorId: string;
  cardsRef: RefObject<TDealCard[]>;
  modelRef: RefObject<GridModel>;
  setCards: Dispatch<SetStateAction<TDealCard[]>>;
  applyChanges: (changes: readonly TDealChange[]) => TDealChange[];
  applyServerCard: (deal: TDealCard) => void;
  reload: () => Promise<unknown>;
  notify: (notice: Omit<Notice, 'id'>) => void;
  /** Highlights cards for a moment. */
  flash: (dealIds: readonly string[]) => void;
  /** Focuses the card once it has been drawn in its new place. */
  focusAfterRender: (dealId: string) => void;
  /** A drop into Completed needs an outcome first. */
  askToClose: (dealId: string, target: DropTarget) => void;
}) {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(new Set());
  const pendingRef = useRef(new Set<string>());

  const setPending = useCallback((dealId: string, isPending: boolean) => {
    if (isPending) pendingRef.current.add(dealId);
    else pendingRef.current.delete(dealId);
    setPendingIds(new Set(pendingRef.current));
  }, []);

  const findCard = useCallback((dealId: string) => latest.current.cardsRef.current?.find((card) => card.id === dealId), []);
  const positionOf = useCallback((dealId: string | null) => (dealId ? (findCard(dealId)?.position ?? null) : null), [findCard]);

  /** Puts a card back as it was before an optimistic change, unless the server has moved on. */
  const rollback = useCallback((snapshot: TDealCard) => {
    latest.current.setCards((current) => {
      const index = current.findIndex((card) => card.id === snapshot.id);
      if (index === -1) return [...current, snapshot];
      if (current[index]!.version !== snapshot.version) return current;
      return current.map((card) => (card.id === snapshot.id ? snapshot : card));
    });
  }, []);

  const handleRefusal = useCallback(
    async (snapshot: TDealCard, error: unknown, what: string) => {
      const { applyServerCard, flash, notify, reload, actorId } = latest.current;
      rollback(snapshot);
      const currentDeal = currentDealOf(error);
      if (currentDeal) {
        applyServerCard(currentDeal);
        flash([snapshot.id]);
        notify({ tone: 'info', message: await describeConflict(currentDeal, actorId) });
        return;
      }
      const reason = error instanceof ApiError ? error.message : 'Something went wrong.';
      notify({ tone: 'error', message: `${snapshot.account} was not ${what}: ${reason}` });
      if (error instanceof ApiError && error.code === 'NOT_FOUND') void reload().catch(() => undefined);
    },
    [rollback],
  );

  /** Sends an optimistic change and settles it: apply the server's change, or undo ours. */
  const settle = useCallback(
    async (card: TDealCard, what: string, send: () => Promise<DealResult>, onDone?: (result: DealResult) => void) => {
      setPending(card.id, true);
      try {
        const result = await send();
        latest.current.applyChanges([result.change]);
        onDone?.(result);
      } catch (error) {
        await handleRefusal(card, error, what);
      } finally {
        setPending(card.id, false);
      }
    },
    [setPending, handleRefusal],
  );

  /** Moves a card to another place, column or rep; reopens it when it leaves Completed. */
  const move = useCallback(
    async (dealId: string, target: DropTarget, moveOptions: { focus: boolean }) => {
      const { modelRef, setCards, askToClose, focusAfterRender } = latest.current;
      const card = findCard(dealId);
      const model = modelRef.current;
      if (!card || !model || pendingRef.current.has(dealId) || isCurrentPlace(model, card, target)) return;
      if (target.stage === 'COMPLETED') {
        if (card.stage !== 'COMPLETED') askToClose(dealId, target);
        return;
      }
      const stage: TOpenDealStage = target.stage;
      const placement = placementFor(model, dealId, target);
      const position = positionBetween(positionOf(placement.afterDealId), positionOf(placement.beforeDealId));
      const isReopen = card.stage === 'COMPLETED';
      setCards((current) =>
        moveCardLocally(current, dealId, { stage, ownerId: target.ownerId, position }).map((moved) =>
          moved.id === dealId && isReopen ? { ...moved, outcome: null, closedAmountMinor: null, closedAt: null } : moved,
        ),
      );
      if (moveOptions.focus) focusAfterRender(dealId);
      const idempotencyKey = newIdempotencyKey();
      await settle(card, isReopen ? 'reopened' : 'moved', () =>
        isReopen
          ? requestDealChange('reopen', dealId, { version: card.version, stage, ...placement, idempotencyKey })
          : requestDealChange('move', dealId, {
              version: card.version,
              stage,
              ...(target.ownerId !== card.ownerId ? { ownerId: target.ownerId } : {}),
              ...placement,
              idempotencyKey,
            }),
      );
    },
    [settle, findCard, positionOf],
  );

  /** Completes a deal as won or lost, placed where it was dropped. */
  const close = useCallback(
    async (dealId: string, target: DropTarget, input: Omit<TCloseDealInput, 'idempotencyKey'>) => {
      const { modelRef, setCards, focusAfterRender, notify } = latest.current;
      const card = findCard(dealId);
      if (!card || !modelRef.current || pendingRef.current.has(dealId)) return;
      const placement = placementFor(modelRef.current, dealId, target);
      const position = positionBetween(positionOf(placement.afterDealId), positionOf(placement.beforeDealId));
      setCards((current) =>
        moveCardLocally(current, dealId, { stage: 'COMPLETED', ownerId: card.ownerId, position }).map((moved) =>
          moved.id === dealId
            ? {
                ...moved,
                outcome: input.outcome,
                closedAmountMinor: input.outcome === 'WON' ? (input.closedAmountMinor ?? card.amountMinor) : null,
                closedAt: input.closedAt ?? new Date().toISOString(),
              }
            : moved,
        ),
      );
      focusAfterRender(dealId);
      const idempotencyKey = newIdempotencyKey();
      await settle(
        card,
        'closed',
        () => requestDealChange('close', dealId, { ...input, ...placement, idempotencyKey }),
        () => notify({ tone: 'success', message: `${card.account} closed as ${input.outcome === 'WON' ? 'won' : 'lost'}.` }),
      );
    },
    [settle, findCard, positionOf],
  );

  const restore = useCallback(async (deleted: TDealCard) => {
    const { applyChanges, flash, focusAfterRender, notify } = latest.current;
    try {
      const result = await requestDealChange('restore', deleted.id, { version: deleted.version, idempotencyKey: newIdempotencyKey() });
      applyChanges([result.change]);
      flash([deleted.id]);
      focusAfterRender(deleted.id);
      notify({ tone: 'success', message: `${deleted.account} is back on the board.` });
    } catch (error) {
      notify({ tone: 'error', message: `${deleted.account} could not be restored: ${error instanceof Error ? error.message : 'try again.'}` });
    }
  }, []);

  /** Deletes (softly) at once, with an Undo that restores it. */
  const remove = useCallback(
    async (dealId: string) => {
      const card = findCard(dealId);
      if (!card || pendingRef.current.has(dealId)) return;
      latest.current.setCards((current) => current.filter((candidate) => candidate.id !== dealId));
      const idempotencyKey = newIdempotencyKey();
      await settle(
        card,
        'deleted',
        () => requestDealChange('delete', dealId, { version: card.version, idempotencyKey }),
        (result) =>
          latest.current.notify({
            tone: 'info',
            message: endSentence(`Deleted ${card.account}`),
            action: { label: 'Undo', onAction: () => void restore(result.deal) },
          }),
      );
    },
    [settle, restore, findCard],
  );

  /** Creates a deal; a refusal is thrown for the form to show. */
  const create = useCallback(async (input: TCreateDealInput) => {
    const { applyChanges, flash, focusAfterRender, notify } = latest.current;
    const result = await requestCreateDeal(input);
    applyChanges([result.change]);
    flash([result.deal.id]);
    focusAfterRender(result.deal.id);
    notify({ tone: 'success', message: `Created ${result.deal.account} in ${stageLabels[result.deal.stage]}.` });
    return result;
  }, []);

  /** Saves an edit; a refusal is thrown for the form to show (after a 409 the card is brought up to date). */
  const edit = useCallback(async (dealId: string, input: TUpdateDealInput) => {
    const { applyChanges, applyServerCard, notify } = latest.current;
    try {
      const result = await requestDealChange('update', dealId, input);
      applyChanges([result.change]);
      notify({ tone: 'success', message: endSentence(`Saved ${result.deal.account}`) });
      return result;
    } catch (error) {
      const currentDeal = currentDealOf(error);
      if (currentDeal) applyServerCard(currentDeal);
      throw error;
    }
  }, []);

  const isPending = useCallback((dealId: string) => pendingRef.current.has(dealId), []);

  return { pendingIds, isPending, move, close, remove, create, edit };
}
