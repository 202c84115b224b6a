'use client';

import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { filterDeals, groupIntoCells } from '@/domain/board/board-view';
import { splitLaneTotals, weightedColumnTotals } from '@/domain/board/column-totals';
import { canAssignDeal, canCreateDealFor, canEditDeal, type BoardActor } from '@/domain/board/permissions';
import { formatMonth, monthKey, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { openDealStages } from '@/schemas/deal-stages';
import type { TBoard, TBoardLane, TDealCard, TDealChange, TDealStage } from '@/schemas/deal';
import type { MenuItem } from './actions-menu';
import { stageLabels } from './board-format';
import { BoardGrid, type CellDropState, type LaneGroup } from './board-grid';
import { useBoardPushes } from '@/components/signals/board-signals';
import { BoardFilters, BoardHeader, noFilters, type BoardChoice, type BoardFilterState } from './board-toolbar';
import { DealCard, DealCardPreview } from './deal-card';
import { DealDetailsDialog } from './deal-details-dialog';
import type { OwnerChoice } from './deal-form-dialog';
import { describeWhatChanged } from './describe-change';
import { currentPlace, isCurrentPlace, othersInCell, type DropTarget, type GridModel } from './drop-target';
import { MoveDealDialog, type MoveChoice } from './move-deal-dialog';
import { NoticeStack, useNotices } from './notices';
import { useBoardData } from './use-board-data';
import { useBoardDrag } from './use-board-drag';
import { useBoardLive } from './use-board-live';
import { useDealActions } from './use-deal-actions';

// The create/edit and close forms validate with the deal schemas (zod): they load when
// first opened, so the board's first download and hydration carry neither.
const DealFormDialog = dynamic(() => import('./deal-form-dialog').then((module) => module.DealFormDialog), { ssr: false });
const CloseDealDialog = dynamic(() => import('./close-deal-dialog').then((module) => module.CloseDealDialog), { ssr: false });

// The deal board in the browser: it holds the board's state, renders it and forwards
// what the user does (drags, menus, dialogs) to the deal actions. The rules of who may
// move what come from the domain's permission helpers; sending changes and undoing them
// when refused lives in use-deal-actions.ts.

const freshHighlightMilliseconds = 2_500;
const unknownLaneColour = '#9aa3af';

type Dialog =
  | { kind: 'details'; dealId: string }
  | { kind: 'create'; ownerId: string | null }
  | { kind: 'edit'; dealId: string }
  | { kind: 'move'; dealId: string }
  | { kind: 'close'; dealId: string; target: DropTarget };

export function BoardView({
  initialBoard,
  actor,
  choices,
}: {
  initialBoard: TBoard;
  actor: BoardActor;
  choices: BoardChoice[];
}) {
  // A stable id keeps dnd-kit's generated ids the same on the server and in the browser.
  const dndContextId = useId();
  const data = useBoardData(initialBoard);
  const { board, cards, setCards, applyChanges, applyServerCard, reload } = data;
  const { notices, push, dismiss } = useNotices();
  const [filters, setFilters] = useState<BoardFilterState>(noFilters);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(new Set());
  const [liveMessage, setLiveMessage] = useState('');
  // The server's clock at render, then the browser's, ticking each minute (for "3 days", "stale").
  const [now, setNow] = useState(() => new Date(initialBoard.generatedAt));
  const cardsRef = useRef(cards);
  useLayoutEffect(() => {
    cardsRef.current = cards;
  });
  // Set once React has attached to the server-rendered board: from then on it responds.
  const [isHydrated, setHydrated] = useState(false);

  const generatedAt = initialBoard.generatedAt;
  useEffect(() => {
    // Both updates below are the point of this effect: they must run after hydration, in
    // the browser. Rendering them during hydration would not match the server's HTML.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- marks the board interactive once React has attached (bench:board and the e2e tests wait for it)
    setHydrated(true);
    // Re-render every card only when the server's clock is noticeably behind (ages are in days).
    if (Date.now() - Date.parse(generatedAt) > 60_000) setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [generatedAt]);

  // Lookups

  const teamsById = useMemo(() => new Map(board.teams.map((team) => [team.id, team])), [board.teams]);
  const primaryTeam = board.teams[0];
  const locale = primaryTeam?.locale ?? 'en-US';

  /** The board's lanes, plus a plain one for any card whose rep the board did not list. */
  const lanes = useMemo(() => {
    const known = new Set(board.lanes.map((lane) => lane.userId));
    const extra: TBoardLane[] = [];
    for (const card of cards) {
      if (known.has(card.ownerId)) continue;
      known.add(card.ownerId);
      extra.push({ userId: card.ownerId, name: 'Another rep', colour: unknownLaneColour, teamId: card.teamId, active: true });
    }
    return [...board.lanes, ...extra];
  }, [board.lanes, cards]);
  const lanesById = useMemo(() => new Map(lanes.map((lane) => [lane.userId, lane])), [lanes]);
  const nameOf = useCallback((userId: string) => lanesById.get(userId)?.name, [lanesById]);
  const cardsById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const pushesOf = useBoardPushes();

  // What is shown

  const visibleCards = useMemo(
    () =>
      filterDeals(cards, {
        ownerId: filters.ownerId || null,
        noteworthyOnly: filters.noteworthyOnly,
        closingThisMonth:
          filters.closingThisMonth && primaryTeam
            ? { monthStart: monthStartInZone(now, primaryTeam.timeZone), timeZone: primaryTeam.timeZone }
            : null,
        text: filters.text,
        isSlipping: filters.slippingOnly ? (card) => pushesOf(card).isSlipping : null,
      }),
    [cards, filters, primaryTeam, now, pushesOf],
  );
  const visibleLanes = useMemo(
    () => (filters.ownerId ? lanes.filter((lane) => lane.userId === filters.ownerId) : lanes),
    [lanes, filters.ownerId],
  );
  const isMultiTeam = board.teams.length > 1;
  const groups = useMemo<LaneGroup[]>(() => {
    if (!isMultiTeam) return [{ team: primaryTeam ?? null, lanes: visibleLanes }];
    const byTeam = new Map<string, TBoardLane[]>();
    const other: TBoardLane[] = [];
    for (const lane of visibleLanes) {
      if (lane.teamId && teamsById.has(lane.teamId)) byTeam.set(lane.teamId, [...(byTeam.get(lane.teamId) ?? []), lane]);
      else other.push(lane);
    }
    const result: LaneGroup[] = board.teams
      .filter((team) => byTeam.has(team.id))
      .map((team) => ({ team, lanes: byTeam.get(team.id)! }));
    if (other.length > 0) result.push({ team: null, lanes: other });
    return result;
  }, [isMultiTeam, primaryTeam, visibleLanes, teamsById, board.teams]);
  const cells = useMemo(() => groupIntoCells(visibleCards), [visibleCards]);
  // Weighted with each deal's team's stage weights; lanes keep open pipeline and won revenue apart.
  const totalsByColumn = useMemo(() => weightedColumnTotals(visibleCards, (teamId) => teamsById.get(teamId)?.stageWeights), [visibleCards, teamsById]);
  const totalsByLane = useMemo(() => splitLaneTotals(visibleCards), [visibleCards]);
  const model = useMemo<GridModel>(
    () => ({
      laneIds: groups.flatMap((group) => group.lanes.map((lane) => lane.userId)),
      cells: new Map([...cells.entries()].map(([key, cellCards]) => [key, cellCards.map((card) => card.id)])),
    }),
    [groups, cells],
  );
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  });

  // Rules, from the domain's permission helpers

  const laneCandidate = useCallback(
    (ownerId: string) => {
      const lane = lanesById.get(ownerId);
      return lane ? { id: lane.userId, teamId: lane.teamId, active: lane.active } : null;
    },
    [lanesById],
  );

  const canEnter = useCallback(
    (card: TDealCard, ownerId: string, stage: TDealStage) => {
      if (!canEditDeal(actor, card)) return false;
      const isSameLane = ownerId === card.ownerId;
      // Closing and reopening keep the owner; only open deals change hands.
      if (card.stage === 'COMPLETED' || stage === 'COMPLETED') return isSameLane;
      if (isSameLane) return true;
      const candidate = laneCandidate(ownerId);
      return candidate !== null && canAssignDeal(actor, card, candidate);
    },
    [actor, laneCandidate],
  );

  const creatableOwners = useMemo<OwnerChoice[]>(
    () =>
      board.lanes
        .filter((lane) => lane.active && canCreateDealFor(actor, { id: lane.userId, teamId: lane.teamId, active: lane.active }))
        .map((lane) => ({
          id: lane.userId,
          name: lane.name,
          currency: (lane.teamId ? teamsById.get(lane.teamId)?.currency : undefined) ?? primaryTeam?.currency ?? 'USD',
        })),
    [actor, board.lanes, teamsById, primaryTeam],
  );

  // Highlights and focus

  const flash = useCallback((dealIds: readonly string[]) => {
    if (dealIds.length === 0) return;
    setFreshIds((current) => new Set([...current, ...dealIds]));
    setTimeout(() => {
      setFreshIds((current) => {
        const next = new Set(current);
        for (const id of dealIds) next.delete(id);
        return next;
      });
    }, freshHighlightMilliseconds);
  }, []);

  // A card that moved is drawn anew in another cell; focus follows it there.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const dealId = focusAfterRender.current;
    if (!dealId) return;
    focusAfterRender.current = null;
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(dealId)}"] .deal-card-body`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [cards]);

  // Actions

  const actions = useDealActions({
    actorId: actor.id,
    cardsRef,
    modelRef,
    setCards,
    applyChanges,
    applyServerCard,
    reload,
    notify: push,
    flash,
    focusAfterRender: (dealId) => {
      focusAfterRender.current = dealId;
    },
    askToClose: (dealId, target) => setDialog({ kind: 'close', dealId, target }),
  });
  const { move: performMove, remove: performDelete } = actions;

  const menuItems = useCallback(
    (dealId: string): MenuItem[] => {
      const card = cardsRef.current.find((candidate) => candidate.id === dealId);
      if (!card) return [];
      const items: MenuItem[] = [{ label: 'Open details', onSelect: () => setDialog({ kind: 'details', dealId }) }];
      if (!canEditDeal(actor, card)) return items;
      items.push({ label: 'Edit…', onSelect: () => setDialog({ kind: 'edit', dealId }) });
      items.push({ kind: 'separator', label: card.stage === 'COMPLETED' ? 'Reopen' : 'Move' });
      const move = (target: DropTarget) => () => void performMove(dealId, target, { focus: true });
      if (card.stage === 'COMPLETED') {
        for (const stage of openDealStages) {
          items.push({ label: `Reopen into ${stageLabels[stage]}`, onSelect: move({ ownerId: card.ownerId, stage, index: 0 }) });
        }
      } else {
        for (const stage of openDealStages) {
          if (stage !== card.stage) items.push({ label: `Move to ${stageLabels[stage]}`, onSelect: move({ ownerId: card.ownerId, stage, index: 0 }) });
        }
        const place = currentPlace(modelRef.current, card);
        const othersCount = othersInCell(modelRef.current, card.ownerId, card.stage, card.id).length;
        if (place.index > 0) items.push({ label: 'Move up', onSelect: move({ ...place, index: place.index - 1 }) });
        if (place.index < othersCount) items.push({ label: 'Move down', onSelect: move({ ...place, index: place.index + 1 }) });
        items.push({
          label: 'Close as won or lost…',
          onSelect: () => setDialog({ kind: 'close', dealId, target: { ownerId: card.ownerId, stage: 'COMPLETED', index: 0 } }),
        });
        items.push({ label: 'Move to…', onSelect: () => setDialog({ kind: 'move', dealId }) });
      }
      items.push({ kind: 'separator' });
      items.push({ label: 'Delete', tone: 'danger', onSelect: () => void performDelete(dealId) });
      return items;
    },
    [actor, performMove, performDelete],
  );

  // Live updates

  const onLiveChanges = useCallback(
    (changes: TDealChange[]) => {
      const fresh = applyChanges(changes);
      // Our own change can arrive by socket before its reply: that is no news to us.
      const fromElsewhere = fresh.filter((change) => !(change.actorId === actor.id && actions.isPending(change.dealId)));
      if (fromElsewhere.length === 0) return;
      flash(fromElsewhere.map((change) => change.dealId));
      const last = fromElsewhere[fromElsewhere.length - 1]!;
      const team = teamsById.get(last.deal.teamId);
      setLiveMessage(
        `${last.actorName ?? 'Someone'} ${describeWhatChanged(last, {
          nameOf,
          locale: team?.locale ?? locale,
          timeZone: team?.timeZone ?? 'UTC',
          subject: last.deal.account,
          now: new Date(),
        })}.`,
      );
    },
    [applyChanges, actor.id, actions, flash, teamsById, nameOf, locale],
  );

  const connection = useBoardLive({
    teamIds: board.teams.map((team) => team.id),
    afterSequence: data.afterSequence,
    onChanges: onLiveChanges,
    onMissedTooMuch: () => void reload().catch(() => undefined),
  });

  // Completed month

  const maximumMonth = primaryTeam ? monthKey(monthStartInZone(now, primaryTeam.timeZone)) : board.completedMonth;
  const monthStart = parseMonthKey(board.completedMonth);
  const monthLabel = monthStart ? formatMonth(monthStart, locale) : board.completedMonth;
  const [isLoadingMonth, setLoadingMonth] = useState(false);
  const changeMonth = useCallback(
    async (month: string) => {
      setLoadingMonth(true);
      try {
        const fresh = await reload(month);
        const url = new URL(window.location.href);
        url.searchParams.set('completedMonth', fresh.completedMonth);
        window.history.replaceState(window.history.state, '', url);
      } catch (error) {
        push({ tone: 'error', message: error instanceof Error ? error.message : 'That month could not be loaded.' });
      } finally {
        setLoadingMonth(false);
      }
    },
    [reload, push],
  );

  // Dragging

  const drag = useBoardDrag({
    model,
    cardsById,
    canEnter,
    nameOfLane: (ownerId) => nameOf(ownerId) ?? 'another rep',
    onDrop: (card, target, method) => void performMove(card.id, target, { focus: method === 'keyboard' }),
  });
  const activeCard = drag.activeId ? cardsById.get(drag.activeId) : undefined;

  const cellDropState = (ownerId: string, stage: TDealStage): CellDropState =>
    activeCard ? (canEnter(activeCard, ownerId, stage) ? 'allowed' : 'blocked') : 'idle';
  const indicatorFor = (ownerId: string, stage: TDealStage): number | null => {
    const target = drag.dropTarget;
    if (!activeCard || !target || target.ownerId !== ownerId || target.stage !== stage) return null;
    return isCurrentPlace(model, activeCard, target) ? null : target.index;
  };

  const openDetails = useCallback((dealId: string) => setDialog({ kind: 'details', dealId }), []);

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

  // Dialog contents

  const dialogCard = dialog && 'dealId' in dialog ? cardsById.get(dialog.dealId) : undefined;
  const dialogTeam = dialogCard ? teamsById.get(dialogCard.teamId) : undefined;
  /** Closes the open dialog; focus goes back to its deal's card unless something else took it. */
  const closeDialog = () => {
    const dealId = dialog && 'dealId' in dialog ? dialog.dealId : null;
    setDialog(null);
    if (!dealId) return;
    requestAnimationFrame(() => {
      const focused = document.activeElement;
      if (focused && focused !== document.body) return;
      document.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(dealId)}"] .deal-card-body`)?.focus();
    });
  };

  const isNothingShown = visibleCards.length === 0 && cards.length > 0;
  const emptyMessage =
    lanes.length === 0 ? (
      <p>No reps on this board yet. Deals appear here once a rep joins the team.</p>
    ) : isNothingShown ? (
      <p>
        No deals match these filters.{' '}
        <button type="button" className="board-link-button" onClick={() => setFilters(noFilters)}>
          Clear filters
        </button>
      </p>
    ) : null;

  const subtitle = isMultiTeam
    ? `${board.teams.length} teams · stale after ${primaryTeam?.staleAfterDays ?? 14} days in a column`
    : primaryTeam
      ? `${board.scope.kind === 'rep' ? 'Own deals · ' : ''}Amounts in ${primaryTeam.currency} · stale after ${primaryTeam.staleAfterDays} days in a column`
      : 'Not on a team';

  return (
    <div className="board-page">
      <BoardHeader
        title={board.title}
        subtitle={subtitle}
        choices={choices}
        connection={connection}
        onNewDeal={creatableOwners.length > 0 ? () => setDialog({ kind: 'create', ownerId: null }) : null}
      />
      <BoardFilters
        filters={filters}
        onChange={setFilters}
        lanes={lanes}
        shownCount={visibleCards.length}
        totalCount={cards.length}
        month={board.completedMonth}
        maximumMonth={maximumMonth}
        monthLabel={monthLabel}
        isLoadingMonth={isLoadingMonth}
        onMonthChange={(month) => void changeMonth(month)}
      />
      <DndContext id={dndContextId} {...drag.contextProps}>
        <div
          className="board-scroll"
          aria-busy={data.isReloading || undefined}
          data-testid="board"
          data-hydrated={isHydrated || undefined}
        >
          <BoardGrid
            groups={isNothingShown ? [] : groups}
            showTeamHeadings={isMultiTeam}
            cells={cells}
            columnTotals={totalsByColumn}
            laneTotals={totalsByLane}
            locale={locale}
            completedLabel={monthLabel}
            cellDropState={cellDropState}
            indicatorFor={indicatorFor}
            activeId={drag.activeId}
            renderCard={renderCard}
            onAddDeal={(lane) =>
              creatableOwners.some((owner) => owner.id === lane.userId) ? () => setDialog({ kind: 'create', ownerId: lane.userId }) : null
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
        {liveMessage}
      </p>
      <NoticeStack notices={notices} onDismiss={dismiss} />

      {dialog?.kind === 'details' ? (
        <DealDetailsDialog
          dealId={dialog.dealId}
          card={dialogCard}
          team={dialogTeam ?? primaryTeam}
          nameOf={nameOf}
          now={now}
          canEdit={dialogCard ? canEditDeal(actor, dialogCard) : false}
          onEdit={() => setDialog({ kind: 'edit', dealId: dialog.dealId })}
          onMove={() => setDialog({ kind: 'move', dealId: dialog.dealId })}
          onDelete={() => {
            setDialog(null);
            void performDelete(dialog.dealId);
          }}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'create' ? (
        <DealFormDialog
          mode="create"
          owners={creatableOwners}
          defaultOwnerId={dialog.ownerId ?? creatableOwners.find((owner) => owner.id === actor.id)?.id ?? creatableOwners[0]?.id ?? actor.id}
          onSubmit={async (input) => {
            await actions.create(input);
            setDialog(null);
          }}
          onCancel={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'edit' && dialogCard ? (
        <DealFormDialog
          mode="edit"
          card={dialogCard}
          onSubmit={async (input) => {
            await actions.edit(dialog.dealId, input);
            setDialog({ kind: 'details', dealId: dialog.dealId });
          }}
          onCancel={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'move' && dialogCard ? (
        <MoveDealDialog
          card={dialogCard}
          owners={lanes
            .filter((lane) => lane.userId === dialogCard.ownerId || canEnter(dialogCard, lane.userId, dialogCard.stage === 'COMPLETED' ? 'IN_PROGRESS' : dialogCard.stage))
            .map((lane) => ({ id: lane.userId, name: lane.name }))}
          onCancel={closeDialog}
          onConfirm={(choice: MoveChoice) => {
            setDialog(null);
            const others = othersInCell(modelRef.current, choice.ownerId, choice.stage, dialogCard.id);
            void performMove(dialogCard.id, { ownerId: choice.ownerId, stage: choice.stage, index: choice.place === 'top' ? 0 : others.length }, { focus: true });
          }}
        />
      ) : null}
      {dialog?.kind === 'close' && dialogCard ? (
        <CloseDealDialog
          card={dialogCard}
          team={dialogTeam}
          onCancel={closeDialog}
          onConfirm={(input) => {
            setDialog(null);
            void actions.close(dialog.dealId, dialog.target, input);
          }}
        />
      ) : null}
    </div>
  );
}
