'use client';

import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { AppLink } from '@/components/ui/app-link';
import { useDroppable } from '@dnd-kit/core';
import type { LaneGroup } from '@/domain/board/board-layout';
import type { ColumnTotals, LaneSplitTotals } from '@/domain/board/column-totals';
import { dealStages } from '@/schemas/deal-stages';
import type { TBoardLane, TDealCard, TDealStage } from '@/schemas/deal';
import { formatDealCount, formatTotalAmount, stageLabels } from './board-format';
import { PlusIcon } from './icons';
import { cardDroppableId, cellDroppableId, type DroppableData } from './use-board-drag';

// The board's layout: a header row with each column's totals, then one row per rep (a
// swimlane in the rep's colour) with a cell per column. On boards spanning several teams
// the lanes are grouped under their team. The grid scrolls both ways inside its frame;
// the header row and the reps' names stay in view.

export type { LaneGroup };

export type CellDropState = 'idle' | 'allowed' | 'blocked';

export function BoardGrid({
  phoneColumn,
  groups,
  showTeamHeadings,
  cells,
  columnTotals,
  laneTotals,
  locale,
  completedLabel,
  cellDropState,
  indicatorFor,
  activeId,
  renderCard,
  onAddDeal,
  emptyMessage,
}: {
  /** The column a phone shows (board.css hides the others below 760 px). */
  phoneColumn: TDealStage;
  groups: LaneGroup[];
  showTeamHeadings: boolean;
  cells: ReadonlyMap<string, TDealCard[]>;
  columnTotals: Record<TDealStage, ColumnTotals>;
  laneTotals: ReadonlyMap<string, LaneSplitTotals>;
  locale: string;
  completedLabel: string;
  cellDropState: (ownerId: string, stage: TDealStage) => CellDropState;
  /** Where the drop line goes in a cell (an index among the cards not being dragged), or null. */
  indicatorFor: (ownerId: string, stage: TDealStage) => number | null;
  activeId: string | null;
  renderCard: (card: TDealCard) => ReactNode;
  /** Null when the user cannot add deals for that rep. */
  onAddDeal: (lane: TBoardLane) => (() => void) | null;
  emptyMessage: ReactNode | null;
}) {
  return (
    <div className="board-grid" data-phone-column={phoneColumn} data-dragging={activeId ? true : undefined}>
      <div className="board-header-row">
        <div className="board-corner">
          <span>Rep</span>
        </div>
        {dealStages.map((stage) => {
          const totals = columnTotals[stage];
          return (
            <div key={stage} className="board-column-header" data-stage={stage} data-testid={`column-header-${stage}`}>
              <h2 className="board-column-title">
                <span className="board-stage-dot" data-stage={stage} aria-hidden="true" />
                {stageLabels[stage]}
                {stage === 'COMPLETED' ? <span className="board-column-month">{completedLabel}</span> : null}
              </h2>
              <p
                className="board-column-totals"
                title={`${formatTotalAmount(totals, locale, { compact: false })}; weighted ${formatTotalAmount({ count: totals.count, amounts: totals.weighted }, locale, { compact: false })}`}
              >
                <span>{formatDealCount(totals.count)}</span>
                <span aria-hidden="true"> · </span>
                <span className="board-total-amount">{formatTotalAmount(totals, locale)}</span>
                {stage === 'COMPLETED' ? null : (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span className="board-weighted-amount">
                      {formatTotalAmount({ count: totals.count, amounts: totals.weighted }, locale)} weighted
                    </span>
                  </>
                )}
              </p>
            </div>
          );
        })}
      </div>

      {emptyMessage ? <div className="board-empty">{emptyMessage}</div> : null}

      {groups.map((group) => (
        <div key={group.team?.id ?? 'other'} className="board-team-group">
          {showTeamHeadings ? (
            <div className="board-team-heading" style={{ ['--team-colour' as string]: group.team?.colour ?? '#9aa3af' }}>
              <span className="board-team-swatch" aria-hidden="true" />
              {group.team ? (
                <AppLink href={`/board/team/${encodeURIComponent(group.team.id)}`} className="board-team-link">
                  {group.team.name}
                </AppLink>
              ) : (
                <span>Other teams</span>
              )}
            </div>
          ) : null}
          {group.lanes.map((lane) => (
            <Lane
              key={lane.userId}
              lane={lane}
              totals={laneTotals.get(lane.userId) ?? { count: 0, open: [], won: [] }}
              locale={group.team?.locale ?? locale}
              onAddDeal={onAddDeal(lane)}
            >
              {dealStages.map((stage) => (
                <BoardCell
                  key={stage}
                  ownerId={lane.userId}
                  laneName={lane.name}
                  stage={stage}
                  cards={cells.get(`${lane.userId}:${stage}`) ?? emptyCards}
                  dropState={cellDropState(lane.userId, stage)}
                  indicatorIndex={indicatorFor(lane.userId, stage)}
                  activeId={activeId}
                  renderCard={renderCard}
                />
              ))}
            </Lane>
          ))}
        </div>
      ))}
    </div>
  );
}

const emptyCards: TDealCard[] = [];

function Lane({
  lane,
  totals,
  locale,
  onAddDeal,
  children,
}: {
  lane: TBoardLane;
  totals: LaneSplitTotals;
  locale: string;
  onAddDeal: (() => void) | null;
  children: ReactNode;
}) {
  const headingId = `lane-${lane.userId}`;
  return (
    <section
      className="board-lane"
      aria-labelledby={headingId}
      data-testid={`lane-${lane.userId}`}
      style={{ ['--lane-colour' as string]: lane.colour }}
    >
      <div className="board-lane-header">
        <h3 id={headingId} className="board-lane-name">
          <span className="board-lane-swatch" aria-hidden="true" />
          <span className="board-lane-name-text">{lane.name}</span>
          {lane.active ? null : <span className="board-lane-inactive">(inactive)</span>}
        </h3>
        <p
          className="board-lane-totals"
          title={`Open ${formatTotalAmount({ count: totals.count, amounts: totals.open }, locale, { compact: false })}; won ${formatTotalAmount({ count: totals.count, amounts: totals.won }, locale, { compact: false })}`}
        >
          <span>{formatDealCount(totals.count)}</span>
          <span aria-hidden="true"> · </span>
          <span className="board-total-amount">{formatTotalAmount({ count: totals.count, amounts: totals.open }, locale)} open</span>
          {totals.won.length > 0 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="board-won-amount">{formatTotalAmount({ count: totals.count, amounts: totals.won }, locale)} won</span>
            </>
          ) : null}
        </p>
        {onAddDeal ? (
          <button type="button" className="board-lane-add" onClick={onAddDeal}>
            <PlusIcon width={13} height={13} />
            Add deal<span className="visually-hidden"> for {lane.name}</span>
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}

const BoardCell = memo(function BoardCell({
  ownerId,
  laneName,
  stage,
  cards,
  dropState,
  indicatorIndex,
  activeId,
  renderCard,
}: {
  ownerId: string;
  laneName: string;
  stage: TDealStage;
  cards: TDealCard[];
  dropState: CellDropState;
  indicatorIndex: number | null;
  activeId: string | null;
  renderCard: (card: TDealCard) => ReactNode;
}) {
  const data: DroppableData = { kind: 'cell', ownerId, stage };
  const { setNodeRef: setDroppableNodeRef } = useDroppable({ id: cellDroppableId(ownerId, stage), data });
  const cellRef = useRef<HTMLDivElement | null>(null);
  const setNodeRef = useCallback(
    (node: HTMLDivElement | null) => {
      cellRef.current = node;
      setDroppableNodeRef(node);
    },
    [setDroppableNodeRef],
  );
  const items: ReactNode[] = [];
  let othersSeen = 0;
  for (const card of cards) {
    if (card.id !== activeId) {
      if (indicatorIndex === othersSeen) items.push(<li key="drop-indicator" className="board-drop-indicator" aria-hidden="true" />);
      othersSeen += 1;
    }
    items.push(renderCard(card));
  }
  if (indicatorIndex !== null && indicatorIndex >= othersSeen) {
    items.push(<li key="drop-indicator" className="board-drop-indicator" aria-hidden="true" />);
  }

  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={`${laneName}, ${stageLabels[stage]}: ${formatDealCount(cards.length)}`}
      className="board-cell"
      data-stage={stage}
      data-cell-key={`${ownerId}:${stage}`}
      data-drop={dropState === 'idle' ? undefined : dropState}
    >
      {items.length > 0 ? <ul className="board-cell-list">{items}</ul> : null}
      {activeId ? cards.map((card) => <CardDropTarget key={card.id} card={card} cellRef={cellRef} />) : null}
    </div>
  );
});

/**
 * A card as a place to drop another, registered with dnd-kit only while something is
 * being dragged: hundreds of droppables registering at load would re-render the board.
 */
function CardDropTarget({ card, cellRef }: { card: TDealCard; cellRef: RefObject<HTMLDivElement | null> }) {
  const data = useMemo<DroppableData>(
    () => ({ kind: 'card', dealId: card.id, ownerId: card.ownerId, stage: card.stage }),
    [card.id, card.ownerId, card.stage],
  );
  const { setNodeRef } = useDroppable({ id: cardDroppableId(card.id), data });
  useLayoutEffect(() => {
    setNodeRef(cellRef.current?.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(card.id)}"]`) ?? null);
  }, [setNodeRef, cellRef, card.id]);
  return null;
}
