'use client';

import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  type TouchEvent as ReactTouchEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useDraggable } from '@dnd-kit/core';
import { formatMoney } from '@/domain/money';
import { describeTimeInColumn } from '@/domain/board/staleness';
import { CardSignals, useCardRisk, type CardRisk } from '@/components/signals/card-signals';
import { LogActivityDialog } from '@/components/signals/log-activity-dialog';
import type { TBoardTeam, TDealCard } from '@/schemas/deal';
import { ActionsMenu, type MenuItem } from './actions-menu';
import { calendarDateInZone, formatCalendarDate, formatShortDate, initialsOf, stageLabels } from './board-format';
import { pickUpKeyCodes, type DroppableData } from './use-board-drag';

// One deal on the board. The card's body is what you drag (or pick up with Space) and
// open (click or Enter); the button beside it opens the same moves as a menu.

export type CardPresentation = {
  card: TDealCard;
  team: TBoardTeam | undefined;
  ownerName: string;
  ownerColour: string;
  now: Date;
};

/** The card's text that needs Intl formatting, worked out once per version of the card. */
type CardTexts = {
  amount: string;
  /** The expected close date, or the day it closed once completed. */
  date: { label: string; value: string } | null;
  enteredColumnOn: string;
  outcome: string | null;
};

function useCardTexts({ card, team, now }: CardPresentation): CardTexts {
  const timeZone = team?.timeZone ?? 'UTC';
  const locale = team?.locale ?? 'en';
  // The year only matters for whether a date shows its year; it changes once a year.
  const currentYear = now.getUTCFullYear();
  return useMemo(() => {
    const isCompleted = card.stage === 'COMPLETED';
    const isWon = isCompleted && card.outcome === 'WON';
    const amount = formatMoney(isWon ? (card.closedAmountMinor ?? card.amountMinor) : card.amountMinor, card.currency, locale);
    const date =
      isCompleted && card.closedAt
        ? { label: 'Closed', value: formatCalendarDate(calendarDateInZone(new Date(card.closedAt), timeZone), locale, currentYear) }
        : card.expectedCloseDate
          ? { label: 'Expected close', value: formatCalendarDate(card.expectedCloseDate, locale, currentYear) }
          : null;
    const outcome = isCompleted ? (card.outcome === 'WON' ? 'won' : 'lost') : null;
    return {
      amount,
      date,
      outcome,
      enteredColumnOn: formatShortDate(new Date(card.stageChangedAt), locale, timeZone),
    };
  }, [card, locale, timeZone, currentYear]);
}

/** How long the card has sat in its column, in the office's calendar days ("since yesterday"). */
function useCardAge({ card, team, now }: CardPresentation): string {
  const stageChangedAt = card.stageChangedAt;
  const timeZone = team?.timeZone ?? 'UTC';
  return useMemo(() => describeTimeInColumn(new Date(stageChangedAt), now, timeZone), [stageChangedAt, now, timeZone]);
}

/**
 * Stale by the column's own threshold, counting a logged activity as work on the deal:
 * the risk signals already judged it (riskSignals calls the same `staleness`), so the
 * card reads their verdict instead of working it out a second time.
 */
function isStale(team: TBoardTeam | undefined, risk: CardRisk): boolean {
  return team ? risk.signals.some((signal) => signal.kind === 'stale') : false;
}

/** A card on its own, as the drag overlay shows it. */
export function DealCardPreview(props: CardPresentation) {
  return <DealCardFace {...props} texts={useCardTexts(props)} risk={useCardRisk(props)} isSpoken={false} />;
}

/** Words only a screen reader hears, which turn the card's visible fragments into a sentence. */
function Spoken({ children }: { children: string }) {
  return <span className="visually-hidden">{children}</span>;
}

/** "in To do since today", "in To do since yesterday", "in To do for 3 days": the visible part is `age`. */
function agePrefix(stage: string, age: string): string {
  return age === 'today' ? `in ${stage} since ` : age.startsWith('since') ? `in ${stage} ` : `in ${stage} for `;
}

/**
 * The card's face. On the board it is also the card's accessible name (name from content,
 * no aria-label), so what is heard contains what is seen, in the same order (WCAG 2.5.3;
 * axe's label-content-name-mismatch): visually hidden words join the visible parts into a
 * sentence ("Atlas Freight, Annual licence, $20,500.00, expected close Dec 18, in To do
 * for 3 days, owner Dana Smith, next step Overdue"), each hidden run in one element, and
 * the initials give way to the owner's name. The icons are drawn by board.css from the
 * elements' data-icon, so they add no elements. The drag overlay's copy is hidden from
 * assistive technology.
 */
function DealCardFace(props: CardPresentation & { texts: CardTexts; risk: CardRisk; isSpoken: boolean }) {
  const { card, ownerName, ownerColour, texts, risk, isSpoken } = props;
  const age = useCardAge(props);
  const stale = isStale(props.team, risk);
  const stage = stageLabels[card.stage];

  return (
    <div className="deal-card-face" aria-hidden={isSpoken ? undefined : true}>
      <div className="deal-card-heading">
        <span className="deal-card-account">{card.account}</span>
        {card.noteworthy ? <span className="deal-card-noteworthy" title="Noteworthy" data-icon="star" /> : null}
        <Spoken>{card.noteworthy ? ', noteworthy, ' : ', '}</Spoken>
      </div>
      <div className="deal-card-title">{card.title}</div>
      <Spoken>, </Spoken>
      <div className="deal-card-figures">
        {texts.outcome === 'won' ? <Spoken>won, </Spoken> : texts.outcome === 'lost' ? <Spoken>lost, was </Spoken> : null}
        <span className="deal-card-amount" data-outcome={card.outcome ?? undefined}>
          {texts.amount}
        </span>
        {texts.date ? <Spoken>{`, ${texts.date.label.toLowerCase()} `}</Spoken> : null}
        {texts.date ? (
          <span className="deal-card-date" title={texts.date.label} data-icon="calendar">
            {texts.date.value}
          </span>
        ) : null}
      </div>
      <div className="deal-card-footer">
        {texts.outcome === 'won' ? (
          <span className="deal-badge" data-tone="won" data-icon="check" aria-hidden="true">
            Won
          </span>
        ) : texts.outcome === 'lost' ? (
          <span className="deal-badge" data-tone="lost" data-icon="cross-circle" aria-hidden="true">
            Lost
          </span>
        ) : (
          <>
            <Spoken>{`, ${agePrefix(stage, age)}`}</Spoken>
            <span className="deal-card-age" title={`In ${stage} since ${texts.enteredColumnOn}`} data-icon="clock">
              {age}
            </span>
          </>
        )}
        {stale ? <Spoken>, </Spoken> : null}
        {stale ? (
          <span className="deal-badge" data-tone="stale" title={risk.signals.find((signal) => signal.kind === 'stale')?.why} data-icon="alert">
            Stale
          </span>
        ) : null}
        <span className="deal-card-owner" title={ownerName} style={{ ['--owner-colour' as string]: ownerColour }} aria-hidden="true">
          {initialsOf(ownerName)}
        </span>
        <Spoken>{`, owner ${ownerName}`}</Spoken>
      </div>
      <CardSignals risk={risk} />
    </div>
  );
}

export type DealCardProps = CardPresentation & {
  canDrag: boolean;
  isPending: boolean;
  isFresh: boolean;
  /** Whether this card is the one being dragged (the board's drag state says so). */
  isDragging: boolean;
  /** The id of the element holding the drag instructions for screen readers (DndContext's id). */
  dragDescriptionId: string;
  onOpen: (dealId: string) => void;
  menuItems: (dealId: string) => MenuItem[];
};

type DragListeners = ReturnType<typeof useDraggable>['listeners'];
type ActivatorEventName = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

/**
 * The card's registration with dnd-kit, mounted the first time someone reaches for the
 * card. It renders nothing: it points dnd-kit at the card's elements and hands back the
 * sensors' listeners, which the card calls from its own handlers.
 */
function CardDraggable({
  card,
  disabled,
  nodeRef,
  activatorRef,
  listenersRef,
}: {
  card: TDealCard;
  disabled: boolean;
  nodeRef: RefObject<HTMLElement | null>;
  activatorRef: RefObject<HTMLElement | null>;
  listenersRef: RefObject<DragListeners | null>;
}) {
  const data = useMemo<DroppableData>(
    () => ({ kind: 'card', dealId: card.id, ownerId: card.ownerId, stage: card.stage }),
    [card.id, card.ownerId, card.stage],
  );
  const { setNodeRef, setActivatorNodeRef, listeners } = useDraggable({ id: card.id, disabled, data });
  useLayoutEffect(() => {
    setNodeRef(nodeRef.current);
    setActivatorNodeRef(activatorRef.current);
  }, [setNodeRef, setActivatorNodeRef, nodeRef, activatorRef]);
  useLayoutEffect(() => {
    listenersRef.current = listeners;
  });
  useLayoutEffect(() => () => void (listenersRef.current = null), [listenersRef]);
  return null;
}

export const DealCard = memo(function DealCard(props: DealCardProps) {
  const { card, canDrag, isPending, isFresh, isDragging, dragDescriptionId, onOpen, menuItems } = props;
  const isDisabled = !canDrag || isPending;
  // A board holds hundreds of cards and a drag needs one, so a card registers with dnd-kit
  // only when a pointer, finger or Space first reaches for it (see decision 008). The
  // attributes below are the ones useDraggable gives its activator.
  const [isReachedFor, setReachedFor] = useState(false);
  const nodeRef = useRef<HTMLElement>(null);
  const activatorRef = useRef<HTMLDivElement>(null);
  const listenersRef = useRef<DragListeners | null>(null);
  const forward = (name: ActivatorEventName, event: ReactPointerEvent | ReactTouchEvent | ReactKeyboardEvent) => {
    if (isDisabled) return;
    // Registering synchronously lets the very event that asked for it start the drag.
    if (!listenersRef.current) flushSync(() => setReachedFor(true));
    (listenersRef.current?.[name] as ((event: unknown) => void) | undefined)?.(event);
  };
  const texts = useCardTexts(props);
  const risk = useCardRisk(props);
  const [isLoggingActivity, setLoggingActivity] = useState(false);
  const canLogActivity = card.stage !== 'COMPLETED' && !card.deletedAt;

  return (
    <li className="deal-card-slot">
      <article
        ref={nodeRef}
        className="deal-card"
        data-deal-id={card.id}
        data-stage={card.stage}
        data-dragging={isDragging || undefined}
        data-pending={isPending || undefined}
        data-fresh={isFresh || undefined}
      >
        {isReachedFor ? (
          <CardDraggable card={card} disabled={isDisabled} nodeRef={nodeRef} activatorRef={activatorRef} listenersRef={listenersRef} />
        ) : null}
        <div
          ref={activatorRef}
          role="button"
          tabIndex={0}
          // The body always opens the deal, so it is never announced as disabled; a card
          // the user may not move (or one being saved) just has no drag instructions.
          data-movable={!isDisabled}
          aria-pressed={isDragging || undefined}
          aria-roledescription="deal card"
          aria-describedby={isDisabled ? undefined : dragDescriptionId}
          aria-keyshortcuts={canLogActivity ? 'L' : undefined}
          aria-busy={isPending || undefined}
          className="deal-card-body"
          onClick={() => onOpen(card.id)}
          onPointerDown={(event) => forward('onPointerDown', event)}
          onTouchStart={(event) => forward('onTouchStart', event)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !isDragging) {
              event.preventDefault();
              onOpen(card.id);
              return;
            }
            // L logs an activity on the focused card (a call, email, meeting or note).
            if ((event.key === 'l' || event.key === 'L') && canLogActivity && !isDragging && !event.ctrlKey && !event.metaKey && !event.altKey) {
              event.preventDefault();
              setLoggingActivity(true);
              return;
            }
            if (listenersRef.current || pickUpKeyCodes.includes(event.code)) forward('onKeyDown', event);
          }}
        >
          <DealCardFace {...props} texts={texts} risk={risk} isSpoken />
        </div>
        <ActionsMenu
          label={`Actions for ${card.account}`}
          items={() => [
            ...(canLogActivity ? [{ label: 'Log activity… (L)', onSelect: () => setLoggingActivity(true) }] : []),
            ...menuItems(card.id),
          ]}
          // board.css draws the "more" icon.
          buttonClassName="deal-card-menu icon-button"
        />
        {isLoggingActivity ? <LogActivityDialog card={card} onClose={() => setLoggingActivity(false)} /> : null}
      </article>
    </li>
  );
});
