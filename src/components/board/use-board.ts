'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { boardSubtitle, canPlaceDeal, creatableOwners, groupLanesByTeam, lanesForCards } from '@/domain/board/board-layout';
import { filterDeals, groupIntoCells } from '@/domain/board/board-view';
import { splitLaneTotals, weightedColumnTotals } from '@/domain/board/column-totals';
import type { BoardActor } from '@/domain/board/permissions';
import { formatMonth, monthKey, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { endSentence } from '@/domain/sentence';
import type { TBoard, TDealCard, TDealChange, TDealStage } from '@/schemas/deal';
import { useBoardPushes } from '@/components/signals/board-signals';
import { useNotices } from '@/components/ui/notices';
import type { MenuItem } from './actions-menu';
import { filtersFromSearch, isNewHistoryStep, searchWithFilters, type BoardFilterState } from './board-filters';
import { dealMenuItems } from './deal-menu';
import { describeWhatChanged } from './describe-change';
import { isCurrentPlace, othersInCell, type DropTarget, type GridModel } from './drop-target';
import { useBoardData } from './use-board-data';
import { useBoardDrag } from './use-board-drag';
import { useBoardLive } from './use-board-live';
import { useDealActions } from './use-deal-actions';

// The deal board's state in the browser: the board and its cards, what the filters show,
// which dialog is open, the highlights of fresh changes, the live connection, the
// completed month and dragging. The view (board-view.tsx) renders what this returns; the
// rules of who may put what where come from src/domain/board.

const freshHighlightMilliseconds = 2_500;

export type BoardDialog =
  | { kind: 'details'; dealId: string }
  | { kind: 'create'; ownerId: string | null }
  | { kind: 'edit'; dealId: string }
  | { kind: 'move'; dealId: string }
  | { kind: 'close'; dealId: string; target: DropTarget };

export function useBoard({ initialBoard, actor }: { initialBoard: TBoard; actor: BoardActor }) {
  // A stable id keeps dnd-kit's generated ids the same on the server and in the browser.
  const dndContextId = useId();
  const data = useBoardData(initialBoard);
  const { board, cards, setCards, applyChanges, applyServerCard, reload } = data;
  const { notices, push, dismiss } = useNotices();
  // The filters live in the address (board-filters.ts): read from it when the board
  // mounts, written to it on each change, and read again when Back or Forward changes it.
  const searchParams = useSearchParams();
  const [filters, setFilterState] = useState<BoardFilterState>(() => filtersFromSearch(searchParams));
  const filtersRef = useRef(filters);
  const setFilters = useCallback((next: BoardFilterState) => {
    const previous = filtersRef.current;
    filtersRef.current = next;
    setFilterState(next);
    const url = new URL(window.location.href);
    url.search = searchWithFilters(url.searchParams, next).toString();
    if (url.href === window.location.href) return;
    if (isNewHistoryStep(previous, next)) window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }, []);
  const [dialog, setDialog] = useState<BoardDialog | null>(null);
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
  const lanes = useMemo(() => lanesForCards(board.lanes, cards), [board.lanes, cards]);
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
  const groups = useMemo(() => groupLanesByTeam(board.teams, visibleLanes), [board.teams, visibleLanes]);
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

  // Rules, from the domain

  const canEnter = useCallback(
    (card: TDealCard, ownerId: string, stage: TDealStage) => canPlaceDeal(actor, card, ownerId, stage, lanesById.get(ownerId)),
    [actor, lanesById],
  );
  const owners = useMemo(() => creatableOwners(actor, board), [actor, board]);

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
    const frame = requestAnimationFrame(() => focusCard(dealId));
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
      return dealMenuItems(card, actor, modelRef.current, {
        openDetails: () => setDialog({ kind: 'details', dealId }),
        edit: () => setDialog({ kind: 'edit', dealId }),
        move: (target) => void performMove(dealId, target, { focus: true }),
        askToClose: () => setDialog({ kind: 'close', dealId, target: { ownerId: card.ownerId, stage: 'COMPLETED', index: 0 } }),
        chooseWhere: () => setDialog({ kind: 'move', dealId }),
        remove: () => void performDelete(dealId),
      });
    },
    [actor, performMove, performDelete],
  );

  /** Moves a card to the top or the bottom of a cell (the Move to… dialog's choice). */
  const moveToCell = useCallback(
    (card: TDealCard, ownerId: string, stage: TDealStage, place: 'top' | 'bottom') => {
      const others = othersInCell(modelRef.current, ownerId, stage, card.id);
      void performMove(card.id, { ownerId, stage, index: place === 'top' ? 0 : others.length }, { focus: true });
    },
    [performMove],
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
        endSentence(
          `${last.actorName ?? 'Someone'} ${describeWhatChanged(last, {
            nameOf,
            locale: team?.locale ?? locale,
            timeZone: team?.timeZone ?? 'UTC',
            subject: last.deal.account,
            now: new Date(),
          })}`,
        ),
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
  const showMonth = useCallback(
    async (month: string, { record }: { record: boolean }) => {
      setLoadingMonth(true);
      try {
        const fresh = await reload(month);
        if (!record) return;
        const url = new URL(window.location.href);
        url.searchParams.set('completedMonth', fresh.completedMonth);
        window.history.pushState(null, '', url);
      } catch (error) {
        push({ tone: 'error', message: error instanceof Error ? error.message : 'That month could not be loaded.' });
      } finally {
        setLoadingMonth(false);
      }
    },
    [reload, push],
  );
  const changeMonth = useCallback((month: string) => showMonth(month, { record: true }), [showMonth]);

  // Back and Forward: show the filters and the month of the address stepped to. The
  // month is also checked once on mount, for a board restored from the router's cache
  // under an address whose month it was not rendered with.
  const shownMonthRef = useRef(board.completedMonth);
  useLayoutEffect(() => {
    shownMonthRef.current = board.completedMonth;
  });
  useEffect(() => {
    const boardPath = window.location.pathname;
    const followAddress = () => {
      // Back to another page: the router is leaving the board, nothing to follow.
      if (window.location.pathname !== boardPath) return;
      const search = new URLSearchParams(window.location.search);
      const next = filtersFromSearch(search);
      filtersRef.current = next;
      setFilterState(next);
      const month = search.get('completedMonth') ?? initialBoard.completedMonth;
      if (month !== shownMonthRef.current) void showMonth(month, { record: false });
    };
    const month = new URLSearchParams(window.location.search).get('completedMonth');
    if (month && month !== shownMonthRef.current) void showMonth(month, { record: false });
    window.addEventListener('popstate', followAddress);
    return () => window.removeEventListener('popstate', followAddress);
  }, [showMonth, initialBoard.completedMonth]);

  // Dragging

  const drag = useBoardDrag({
    model,
    cardsById,
    canEnter,
    nameOfLane: (ownerId) => nameOf(ownerId) ?? 'another rep',
    onDrop: (card, target, method) => void performMove(card.id, target, { focus: method === 'keyboard' }),
  });
  const activeCard = drag.activeId ? cardsById.get(drag.activeId) : undefined;

  const cellDropState = (ownerId: string, stage: TDealStage) =>
    activeCard ? (canEnter(activeCard, ownerId, stage) ? ('allowed' as const) : ('blocked' as const)) : ('idle' as const);
  const indicatorFor = (ownerId: string, stage: TDealStage): number | null => {
    const target = drag.dropTarget;
    if (!activeCard || !target || target.ownerId !== ownerId || target.stage !== stage) return null;
    return isCurrentPlace(model, activeCard, target) ? null : target.index;
  };

  // Dialogs

  const openDetails = useCallback((dealId: string) => setDialog({ kind: 'details', dealId }), []);
  /** Closes the open dialog; focus goes back to its deal's card unless something else took it. */
  const closeDialog = () => {
    const dealId = dialog && 'dealId' in dialog ? dialog.dealId : null;
    setDialog(null);
    if (!dealId) return;
    requestAnimationFrame(() => {
      const focused = document.activeElement;
      if (focused && focused !== document.body) return;
      focusCard(dealId);
    });
  };

  return {
    dndContextId,
    board,
    cards,
    isReloading: data.isReloading,
    isHydrated,
    now,
    notices,
    dismissNotice: dismiss,
    filters,
    setFilters,
    liveMessage,
    connection,
    subtitle: boardSubtitle(board),
    // Layout
    teamsById,
    primaryTeam,
    locale,
    lanes,
    lanesById,
    nameOf,
    cardsById,
    visibleCards,
    isMultiTeam,
    groups,
    cells,
    totalsByColumn,
    totalsByLane,
    // Rules and actions
    canEnter,
    creatableOwners: owners,
    actions,
    menuItems,
    moveToCell,
    freshIds,
    // Completed month
    month: { value: board.completedMonth, maximum: maximumMonth, label: monthLabel, isLoading: isLoadingMonth, change: changeMonth },
    /** Loads the board afresh, in the month shown (after its team's settings changed). */
    refresh: () => showMonth(board.completedMonth, { record: false }),
    // Dragging
    drag,
    activeCard,
    cellDropState,
    indicatorFor,
    // Dialogs
    dialog,
    setDialog,
    openDetails,
    closeDialog,
  };
}

export type BoardState = ReturnType<typeof useBoard>;

function focusCard(dealId: string): void {
  document.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(dealId)}"] .deal-card-body`)?.focus();
}
