'use client';

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import type { TDealCard, TDealStage } from '@/schemas/deal';
import { stageLabels } from './board-format';
import {
  currentPlace,
  isCurrentPlace,
  nextKeyboardTarget,
  othersInCell,
  targetAtEndOfCell,
  targetOverCard,
  type DropTarget,
  type GridModel,
  type NavigationKey,
} from './drop-target';

// Dragging cards: with a mouse or pen (after a few pixels, so a click still opens the
// card), by touch (press and hold, so a swipe still scrolls) and by keyboard (Space to
// pick up, arrows to move cell by cell, Space to drop, Escape to cancel). This only
// works out where a card would land; what a drop does is the board's business.

export type DroppableData =
  | { kind: 'cell'; ownerId: string; stage: TDealStage }
  | { kind: 'card'; dealId: string; ownerId: string; stage: TDealStage };

/** The keys that pick a card up (the keyboard sensor's start codes). */
export const pickUpKeyCodes: readonly string[] = ['Space'];

export function cellDroppableId(ownerId: string, stage: TDealStage): string {
  return `cell:${ownerId}:${stage}`;
}

export function cardDroppableId(dealId: string): string {
  return `card:${dealId}`;
}

/** Pointer events from a finger are left to the touch sensor, which waits for a press. */
class MouseAndPenSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (...args: Parameters<(typeof PointerSensor.activators)[number]['handler']>) => {
        const [event] = args;
        if (event.nativeEvent.pointerType === 'touch') return false;
        return PointerSensor.activators[0]!.handler(...args);
      },
    },
  ];
}

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this deal, press Space to pick it up. Left and right arrows change the column; up and down change its place in the column, then the row. Press Space again to drop it, or Escape to cancel. Press Enter to open the deal. The actions button next to the card offers the same moves.',
};

function findCellElement(ownerId: string, stage: TDealStage): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-cell-key="${CSS.escape(`${ownerId}:${stage}`)}"]`);
}

function findCardElement(dealId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(dealId)}"]`);
}

export function useBoardDrag(options: {
  model: GridModel;
  cardsById: ReadonlyMap<string, TDealCard>;
  /** Whether the card may be dropped in a cell (its rights, and the rules of Completed). */
  canEnter: (card: TDealCard, ownerId: string, stage: TDealStage) => boolean;
  nameOfLane: (ownerId: string) => string;
  onDrop: (card: TDealCard, target: DropTarget, method: 'pointer' | 'keyboard') => void;
}) {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const targetRef = useRef<DropTarget | null>(null);
  const methodRef = useRef<'pointer' | 'keyboard'>('pointer');

  const updateTarget = useCallback((target: DropTarget | null) => {
    const previous = targetRef.current;
    targetRef.current = target;
    const same =
      previous === target ||
      (previous && target && previous.ownerId === target.ownerId && previous.stage === target.stage && previous.index === target.index);
    if (!same) setDropTarget(target);
  }, []);

  const reset = useCallback(() => {
    targetRef.current = null;
    setActiveId(null);
    setDropTarget(null);
  }, []);

  /** Jumps the dragged card from cell to cell (and place to place) with the arrow keys. */
  const coordinateGetter = useCallback<KeyboardCoordinateGetter>((event, { active }) => {
    const keys: NavigationKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
    if (!keys.includes(event.code as NavigationKey)) return undefined;
    event.preventDefault();
    const { model, cardsById, canEnter } = latest.current;
    const card = cardsById.get(String(active));
    if (!card) return undefined;
    const from = targetRef.current ?? currentPlace(model, card);
    const next = nextKeyboardTarget(model, card.id, from, event.code as NavigationKey, (ownerId, stage) => canEnter(card, ownerId, stage));
    if (!next) return undefined;
    updateTarget(next);

    const cell = findCellElement(next.ownerId, next.stage);
    if (!cell) return undefined;
    const cellRect = cell.getBoundingClientRect();
    const others = othersInCell(model, next.ownerId, next.stage, card.id);
    const below = others[next.index] ? findCardElement(others[next.index]!) : null;
    const above = others[next.index - 1] ? findCardElement(others[next.index - 1]!) : null;
    let y = cellRect.top + 8;
    if (below) y = below.getBoundingClientRect().top - 6;
    else if (above) y = above.getBoundingClientRect().bottom + 6;
    return { x: cellRect.left + 8, y };
  }, [updateTarget]);

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: [...pickUpKeyCodes], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const collisionDetection = useCallback<CollisionDetection>((args) => {
    const { cardsById, canEnter } = latest.current;
    const card = cardsById.get(String(args.active.id));
    if (!card) return [];
    if (!args.pointerCoordinates) {
      // Keyboard: the arrow keys chose the target; report its cell.
      const target = targetRef.current;
      if (!target) return [];
      const id = cellDroppableId(target.ownerId, target.stage);
      const container = args.droppableContainers.find((candidate) => candidate.id === id);
      return container ? [{ id, data: { droppableContainer: container, value: 0 } }] : [];
    }
    const allowed = args.droppableContainers.filter((container) => {
      const data = container.data.current as DroppableData | undefined;
      return data ? canEnter(card, data.ownerId, data.stage) : false;
    });
    const hits = pointerWithin({ ...args, droppableContainers: allowed });
    return hits.find((hit) => String(hit.id).startsWith('card:')) ? [hits.find((hit) => String(hit.id).startsWith('card:'))!] : hits.slice(0, 1);
  }, []);

  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const isKeyboard = typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent;
      methodRef.current = isKeyboard ? 'keyboard' : 'pointer';
      setActiveId(String(event.active.id));
      const card = latest.current.cardsById.get(String(event.active.id));
      targetRef.current = isKeyboard && card ? currentPlace(latest.current.model, card) : null;
      setDropTarget(null);
    },
    [],
  );

  const onDragMove = useCallback(
    (event: DragMoveEvent) => {
      if (methodRef.current === 'keyboard') return;
      const { model } = latest.current;
      const movingId = String(event.active.id);
      const over = event.over;
      const data = over?.data.current as DroppableData | undefined;
      if (!over || !data) {
        updateTarget(null);
        return;
      }
      if (data.kind === 'cell') {
        updateTarget(targetAtEndOfCell(model, movingId, data.ownerId, data.stage));
        return;
      }
      const dragged = event.active.rect.current.translated;
      const middleOfDragged = dragged ? dragged.top + dragged.height / 2 : 0;
      const middleOfHovered = over.rect.top + over.rect.height / 2;
      updateTarget(
        targetOverCard(model, movingId, { id: data.dealId, ownerId: data.ownerId, stage: data.stage }, middleOfDragged > middleOfHovered),
      );
    },
    [updateTarget],
  );

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const target = targetRef.current;
      const method = methodRef.current;
      const card = latest.current.cardsById.get(String(event.active.id));
      reset();
      if (!card || !target) return;
      if (method === 'pointer' && !event.over) return;
      latest.current.onDrop(card, target, method);
    },
    [reset],
  );

  const describeTarget = useCallback((card: TDealCard, target: DropTarget | null): string => {
    const { model, nameOfLane } = latest.current;
    if (!target) return `${card.account} is not over a place it can be dropped.`;
    if (isCurrentPlace(model, card, target)) return `${card.account} is back where it started.`;
    const count = othersInCell(model, target.ownerId, target.stage, card.id).length + 1;
    const place = `${stageLabels[target.stage]} in ${nameOfLane(target.ownerId)}'s row, position ${target.index + 1} of ${count}`;
    return target.stage === 'COMPLETED' && card.stage !== 'COMPLETED'
      ? `${card.account} is over ${place}. Dropping it here asks whether it was won or lost.`
      : `${card.account} is over ${place}.`;
  }, []);

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart({ active }) {
        const card = latest.current.cardsById.get(String(active.id));
        if (!card) return undefined;
        return `Picked up ${card.account}, in ${stageLabels[card.stage]} of ${latest.current.nameOfLane(card.ownerId)}'s row.`;
      },
      onDragMove({ active }) {
        // Keyboard moves within a cell do not change `over`; announce each step here.
        if (methodRef.current !== 'keyboard') return undefined;
        const card = latest.current.cardsById.get(String(active.id));
        return card ? describeTarget(card, targetRef.current) : undefined;
      },
      onDragOver({ active, over }) {
        if (methodRef.current === 'keyboard') return undefined;
        const card = latest.current.cardsById.get(String(active.id));
        if (!card) return undefined;
        const data = over?.data.current as DroppableData | undefined;
        if (!data) return `${card.account} is not over a place it can be dropped.`;
        return `${card.account} is over ${stageLabels[data.stage]} in ${latest.current.nameOfLane(data.ownerId)}'s row.`;
      },
      onDragEnd({ active }) {
        const card = latest.current.cardsById.get(String(active.id));
        if (!card) return undefined;
        return `Dropped ${card.account}.`;
      },
      onDragCancel({ active }) {
        const card = latest.current.cardsById.get(String(active.id));
        if (!card) return undefined;
        return `Cancelled. ${card.account} stays in ${stageLabels[card.stage]}.`;
      },
    }),
    [describeTarget],
  );

  return {
    activeId,
    dropTarget,
    contextProps: {
      sensors,
      collisionDetection,
      onDragStart,
      onDragMove,
      onDragEnd,
      onDragCancel: reset,
      accessibility: { announcements, screenReaderInstructions },
    },
  };
}
