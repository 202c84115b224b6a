'use client';

import { useCallback, useState } from 'react';
import dynamic from 'next/dynamic';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { unknownLaneColour } from '@/domain/board/board-layout';
import { canChangeBoardSettings, canEditDeal, type BoardActor } from '@/domain/board/permissions';
import type { TBoard, TDealCard, TDealStage } from '@/schemas/deal';
import { NoticeStack } from '@/components/ui/notices';
import { useShortcuts } from '@/components/shortcuts/use-shortcuts';
import { BoardDialogs } from './board-dialogs';
import { BoardColumnSwitcher } from './board-column-switcher';
import { BoardGrid } from './board-grid';
import { noFilters } from './board-filters';
import { BoardFilters, BoardHeader, type BoardChoice } from './board-toolbar';
import { DealCard, DealCardPreview } from './deal-card';
import { useBoard } from './use-board';

// A team's board settings load when first opened, like the deal forms.
const TeamBoardSettingsDialog = dynamic(() => import('./team-board-settings-dialog').then((module) => module.TeamBoardSettingsDialog), { ssr: false });

// The deal board in the browser. It composes: the board's state lives in useBoard
// (use-board.ts), sending changes and undoing them when refused in use-deal-actions.ts,
// the dialogs in board-dialogs.tsx, and the rules of who may put what where in
// src/domain/board.

export function BoardView({ initialBoard, actor, choices }: { initialBoard: TBoard; actor: BoardActor; choices: BoardChoice[] }) {
  const state = useBoard({ initialBoard, actor });
  // The one column a phone shows (the switcher and the grid's CSS; wider screens show all).
  const [phoneColumn, setPhoneColumn] = useState<TDealStage>('TODO');

  // The board's keyboard shortcuts (listed by "?"): / search, n new deal, and on the
  // focused card e edit, c close as won or lost. A key the user may not use does nothing.
  const focusedCard = () => {
    const dealId = document.activeElement?.closest('[data-deal-id]')?.getAttribute('data-deal-id');
    const card = dealId ? cardsById.get(dealId) : undefined;
    return card && canEditDeal(actor, card) ? card : null;
  };
  useShortcuts({
    '/': () => {
      document.getElementById('board-search')?.focus();
    },
    n: () => {
      if (state.creatableOwners.length === 0) return false;
      setDialog({ kind: 'create', ownerId: null });
    },
    e: () => {
      const card = focusedCard();
      if (!card) return false;
      setDialog({ kind: 'edit', dealId: card.id });
    },
    c: () => {
      const card = focusedCard();
      if (!card || card.stage === 'COMPLETED') return false;
      setDialog({ kind: 'close', dealId: card.id, target: { ownerId: card.ownerId, stage: 'COMPLETED', index: 0 } });
    },
  });
  const { board, cards, cardsById, lanes, lanesById, teamsById, now, drag, activeCard, actions, freshIds, dndContextId, openDetails, menuItems, setDialog } = state;
  // A team board's settings (stale days, stage weights): for its lead, its manager and admins.
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const settingsTeam = board.scope.kind === 'team' && canChangeBoardSettings(actor, board.scope.teamId) ? teamsById.get(board.scope.teamId) : undefined;

  const renderCard = useCallback(
    (card: TDealCard) => {
      const lane = lanesById.get(card.ownerId);
      return (
        <DealCard
          key={card.id}
          card={card}
          team={teamsById.get(card.teamId)}
          ownerName={lane?.name ?? 'Another rep'}
          ownerColour={lane?.colour ?? unknownLaneColour}
          now={now}
          canDrag={canEditDeal(actor, card)}
          isPending={actions.pendingIds.has(card.id)}
          isFresh={freshIds.has(card.id)}
          isDragging={drag.activeId === card.id}
          dragDescriptionId={dndContextId}
          onOpen={openDetails}
          menuItems={menuItems}
        />
      );
    },
    [lanesById, teamsById, now, actor, actions.pendingIds, freshIds, drag.activeId, dndContextId, openDetails, menuItems],
  );

  const isNothingShown = state.visibleCards.length === 0 && cards.length > 0;
  const emptyMessage =
    lanes.length === 0 ? (
      <p>No reps on this board yet. Deals appear here once a rep joins the team.</p>
    ) : isNothingShown ? (
      <p>
        No deals match these filters.{' '}
        <button type="button" className="board-link-button" onClick={() => state.setFilters(noFilters)}>
          Clear filters
        </button>
      </p>
    ) : null;

  return (
    <div className="board-page">
      <BoardHeader
        title={board.title}
        subtitle={state.subtitle}
        choices={choices}
        connection={state.connection}
        onNewDeal={state.creatableOwners.length > 0 ? () => setDialog({ kind: 'create', ownerId: null }) : null}
        onOpenSettings={settingsTeam ? () => setSettingsOpen(true) : null}
      />
      <BoardFilters
        filters={state.filters}
        onChange={state.setFilters}
        lanes={lanes}
        shownCount={state.visibleCards.length}
        totalCount={cards.length}
        month={state.month.value}
        maximumMonth={state.month.maximum}
        monthLabel={state.month.label}
        isLoadingMonth={state.month.isLoading}
        onMonthChange={(month) => void state.month.change(month)}
      />
      <BoardColumnSwitcher shown={phoneColumn} totals={state.totalsByColumn} onShow={setPhoneColumn} />
      <DndContext id={dndContextId} {...drag.contextProps}>
        <div className="board-scroll" aria-busy={state.isReloading || undefined} data-testid="board" data-hydrated={state.isHydrated || undefined}>
          <BoardGrid
            phoneColumn={phoneColumn}
            groups={isNothingShown ? [] : state.groups}
            showTeamHeadings={state.isMultiTeam}
            cells={state.cells}
            columnTotals={state.totalsByColumn}
            laneTotals={state.totalsByLane}
            locale={state.locale}
            completedLabel={state.month.label}
            cellDropState={state.cellDropState}
            indicatorFor={state.indicatorFor}
            activeId={drag.activeId}
            renderCard={renderCard}
            onAddDeal={(lane) =>
              state.creatableOwners.some((owner) => owner.id === lane.userId) ? () => setDialog({ kind: 'create', ownerId: lane.userId }) : null
            }
            emptyMessage={emptyMessage}
          />
        </div>
        <DragOverlay dropAnimation={null}>
          {activeCard ? (
            <div className="deal-card deal-card-overlay">
              <div className="deal-card-body">
                <DealCardPreview
                  card={activeCard}
                  team={teamsById.get(activeCard.teamId)}
                  ownerName={lanesById.get(activeCard.ownerId)?.name ?? 'Another rep'}
                  ownerColour={lanesById.get(activeCard.ownerId)?.colour ?? unknownLaneColour}
                  now={now}
                />
              </div>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>

      <p className="visually-hidden" role="status" aria-live="polite">
        {state.liveMessage}
      </p>
      <NoticeStack notices={state.notices} onDismiss={state.dismissNotice} />
      <BoardDialogs state={state} actor={actor} />
      {isSettingsOpen && settingsTeam ? (
        <TeamBoardSettingsDialog
          team={settingsTeam}
          onClose={() => setSettingsOpen(false)}
          onSaved={() => {
            setSettingsOpen(false);
            void state.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
