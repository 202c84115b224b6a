'use client';

import { memo, useCallback, useMemo } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { formatMoney } from '@/domain/money';
import { daysInColumn, formatTimeInColumn, isStale } from '@/domain/board/staleness';
import type { TBoardTeam, TDealCard } from '@/schemas/deal';
import { ActionsMenu, type MenuItem } from './actions-menu';
import { calendarDateInZone, formatCalendarDate, formatShortDate, initialsOf, stageLabels } from './board-format';
import { AlertIcon, CalendarIcon, CheckIcon, ClockIcon, CrossCircleIcon, MoreIcon, StarIcon } from './icons';
import { cardDroppableId, type DroppableData } from './use-board-drag';

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
  /** The screen-reader sentence without the time-dependent part. */
  summary: string;
  outcome: string | null;
};

function useCardTexts({ card, team, ownerName, now }: CardPresentation): CardTexts {
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
    const parts = [card.account, card.title];
    if (outcome === 'won') parts.push(`won, ${amount}`);
    else if (outcome === 'lost') parts.push(`lost, was ${amount}`);
    else parts.push(amount);
    if (date) parts.push(`${date.label.toLowerCase()} ${date.value}`);
    return {
      amount,
      date,
      outcome,
      enteredColumnOn: formatShortDate(new Date(card.stageChangedAt), locale, timeZone),
      summary: parts.join(', '),
    };
  }, [card, locale, timeZone, currentYear]);
}

/** Everything the card says, in one sentence, for screen readers. */
function describeCard(texts: CardTexts, presentation: CardPresentation, days: number, stale: boolean): string {
  const { card, ownerName } = presentation;
  const stage = stageLabels[card.stage];
  const parts = [texts.summary];
  if (card.stage !== 'COMPLETED') parts.push(days === 0 ? `in ${stage} since today` : `in ${stage} for ${formatTimeInColumn(days)}`);
  if (stale) parts.push('stale');
  if (card.noteworthy) parts.push('noteworthy');
  parts.push(`owner ${ownerName}`);
  return parts.join(', ');
}

function useCardTiming({ card, team, now }: CardPresentation): { days: number; stale: boolean } {
  const stageChangedAt = new Date(card.stageChangedAt);
  const days = daysInColumn(stageChangedAt, now);
  const stale = team ? isStale({ stage: card.stage, stageChangedAt }, team.staleAfterDays, now) : false;
  return { days, stale };
}

/** A card on its own, as the drag overlay shows it. */
export function DealCardPreview(props: CardPresentation) {
  return <DealCardFace {...props} texts={useCardTexts(props)} />;
}

function DealCardFace(props: CardPresentation & { texts: CardTexts }) {
  const { card, ownerName, ownerColour, texts } = props;
  const { days, stale } = useCardTiming(props);

  return (
    <div className="deal-card-face" aria-hidden="true">
      <div className="deal-card-heading">
        <span className="deal-card-account">{card.account}</span>
        {card.noteworthy ? (
          <span className="deal-card-noteworthy" title="Noteworthy">
            <StarIcon width={13} height={13} />
          </span>
        ) : null}
      </div>
      <div className="deal-card-title">{card.title}</div>
      <div className="deal-card-figures">
        <span className="deal-card-amount" data-outcome={card.outcome ?? undefined}>
          {texts.amount}
        </span>
        {texts.date ? (
          <span className="deal-card-date" title={texts.date.label}>
            <CalendarIcon width={12} height={12} />
            {texts.date.value}
          </span>
        ) : null}
      </div>
      <div className="deal-card-footer">
        {texts.outcome === 'won' ? (
          <span className="deal-badge" data-tone="won">
            <CheckIcon width={12} height={12} />
            Won
          </span>
        ) : texts.outcome === 'lost' ? (
          <span className="deal-badge" data-tone="lost">
            <CrossCircleIcon width={12} height={12} />
            Lost
          </span>
        ) : (
          <span className="deal-card-age" title={`In ${stageLabels[card.stage]} since ${texts.enteredColumnOn}`}>
            <ClockIcon width={12} height={12} />
            {formatTimeInColumn(days)}
          </span>
        )}
        {stale ? (
          <span className="deal-badge" data-tone="stale">
            <AlertIcon width={12} height={12} />
            Stale
          </span>
        ) : null}
        <span className="deal-card-owner" title={ownerName} style={{ ['--owner-colour' as string]: ownerColour }}>
          {initialsOf(ownerName)}
        </span>
      </div>
    </div>
  );
}

export type DealCardProps = CardPresentation & {
  canDrag: boolean;
  isPending: boolean;
  isFresh: boolean;
  onOpen: (dealId: string) => void;
  menuItems: (dealId: string) => MenuItem[];
};

export const DealCard = memo(function DealCard(props: DealCardProps) {
  const { card, canDrag, isPending, isFresh, onOpen, menuItems } = props;
  const data: DroppableData = { kind: 'card', dealId: card.id, ownerId: card.ownerId, stage: card.stage };
  const draggable = useDraggable({ id: card.id, disabled: !canDrag || isPending, data });
  const droppable = useDroppable({ id: cardDroppableId(card.id), data });
  const setNodeRef = useCallback(
    (node: HTMLElement | null) => {
      draggable.setNodeRef(node);
      droppable.setNodeRef(node);
    },
    // The two setters are stable for a card.
    [draggable.setNodeRef, droppable.setNodeRef],
  );
  const listeners = draggable.listeners;
  const texts = useCardTexts(props);
  const { days, stale } = useCardTiming(props);

  return (
    <li className="deal-card-slot">
      <article
        ref={setNodeRef}
        className="deal-card"
        data-deal-id={card.id}
        data-stage={card.stage}
        data-dragging={draggable.isDragging || undefined}
        data-pending={isPending || undefined}
        data-fresh={isFresh || undefined}
      >
        <div
          ref={draggable.setActivatorNodeRef}
          {...draggable.attributes}
          {...listeners}
          aria-roledescription="deal card"
          aria-label={describeCard(texts, props, days, stale)}
          aria-busy={isPending || undefined}
          className="deal-card-body"
          onClick={() => onOpen(card.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !draggable.isDragging) {
              event.preventDefault();
              onOpen(card.id);
              return;
            }
            listeners?.onKeyDown?.(event);
          }}
        >
          <DealCardFace {...props} texts={texts} />
        </div>
        <ActionsMenu label={`Actions for ${card.account}`} items={() => menuItems(card.id)} buttonClassName="deal-card-menu icon-button">
          <MoreIcon />
        </ActionsMenu>
      </article>
    </li>
  );
});
