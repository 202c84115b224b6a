'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { companyTotals, diffGrids, rollUpTotals, type KnownGoalUser } from '@/domain/admin/goal-grid';
import { defaultCopyMonth, goalCellKey, goalGridPath, sumOfMonths, textsForGrid, typedGoalGrid, type GoalScope } from '@/domain/admin/goal-grid-input';
import { ZGoalGrid, ZGoalUpdateResult, ZOffice, ZPastMonthsDetails, ZPerson, ZTeam, ZUpdateGoalsInput, maximumGoalMinor, type TGoalGrid, type TGoalRow } from '@/schemas/admin';
import { ApiError, request } from '@/lib/api-client';
import { useLoad } from '@/lib/use-load';
import { addMonthsToKey } from './format';
import { useCellEdits } from './use-cell-edits';

// The goal grid's state: the teams and offices to choose from, the grid of the chosen
// scope and months, the cells as typed (kept until Save sends only the changed ones),
// the roll-ups of what is typed, and saving (which asks first for months that ended).

const ZTeamList = z.object({ teams: z.array(ZTeam) });
const ZOfficeList = z.object({ offices: z.array(ZOffice) });
const ZPeopleList = z.object({ people: z.array(ZPerson) });
const limits = { maximumGoalMinor };

export type GoalGridDialog = { kind: 'scale'; row: TGoalRow } | { kind: 'paste' } | null;

function browserMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function useGoalGrid({ isAdmin }: { isAdmin: boolean }) {
  const teams = useLoad('/api/admin/teams', ZTeamList);
  const offices = useLoad(isAdmin ? '/api/admin/offices' : null, ZOfficeList);
  const people = useLoad(isAdmin ? '/api/admin/people?active=true' : null, ZPeopleList);
  const [chosenScope, setScope] = useState<GoalScope | null>(null);
  const [range, setRange] = useState(() => ({ from: addMonthsToKey(browserMonth(), -1), to: addMonthsToKey(browserMonth(), 2) }));

  // Start on the first team the user may see.
  const firstTeamId = teams.data?.teams[0]?.id;
  const scope: GoalScope | null = chosenScope ?? (firstTeamId ? { kind: 'team', id: firstTeamId } : null);
  const path = goalGridPath(scope, range);
  const grid = useLoad(path, ZGoalGrid);
  const { texts, setTexts, error: gridError, setError: setGridError, notice, setNotice, isSaving, saveCells } = useCellEdits();
  const [pastMonths, setPastMonths] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<GoalGridDialog>(null);
  const [chosenCopyMonth, setCopyMonth] = useState<string>('');

  const server = grid.data;
  const currency = server?.currency ?? 'USD';
  const locale = server?.locale ?? 'en-US';

  // The grid as typed: invalid cells keep their saved amount and are listed separately.
  const { current, invalid } = useMemo(() => {
    if (!server) return { current: null, invalid: new Map<string, string>() };
    const typed = typedGoalGrid(server, texts, limits);
    return { current: typed.grid, invalid: typed.invalid };
  }, [server, texts]);

  const changes = useMemo(() => (server && current ? diffGrids(server, current) : []), [server, current]);
  const changedKeys = useMemo(() => new Set(changes.map((change) => goalCellKey(change.userId, change.month))), [changes]);
  const totals = useMemo(() => (current ? rollUpTotals(current) : null), [current]);
  // The company total, in the reporting currency: null for a month without an exchange rate.
  const company = useMemo(() => {
    if (!current) return null;
    const byMonth = companyTotals(current, current.company);
    return { currency: current.company.currency, locale: current.company.locale, byMonth, total: sumOfMonths(current.months, byMonth) };
  }, [current]);
  const isDirty = changes.length > 0 || invalid.size > 0;

  // Unsaved changes: warn before leaving the page, following a link, or switching grids.
  useEffect(() => {
    if (!isDirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!anchor || anchor.getAttribute('target') === '_blank') return;
      if (!window.confirm('You have unsaved goal changes. Leave without saving them?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [isDirty]);

  const confirmDiscard = () => !isDirty || window.confirm('You have unsaved goal changes. Discard them?');

  // A new grid starts clean.
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    if (path !== loadedFor.current) {
      loadedFor.current = path;
      setTexts({});
      setGridError(null);
    }
  }, [path, setTexts, setGridError]);

  const copyMonth = server ? defaultCopyMonth(server, chosenCopyMonth) : chosenCopyMonth;

  /** Turns a whole new grid (from copy, scale or paste) into typed text for the cells it changes. */
  const applyGrid = useCallback(
    (next: TGoalGrid) => {
      if (!current) return;
      const result = textsForGrid(current, next);
      setTexts((existing) => ({ ...existing, ...result.texts }));
      setNotice(result.changes.length === 0 ? 'Nothing changed.' : `${result.changes.length} cell(s) changed; not saved yet.`);
    },
    [current, setTexts, setNotice],
  );

  const save = (confirmPastMonths: boolean) =>
    saveCells({
      blocked: invalid.size > 0 ? `Fix the ${invalid.size} highlighted cell(s) before saving.` : null,
      parse: () => ZUpdateGoalsInput.safeParse({ changes, confirmPastMonths }),
      send: async (input) => {
        const result = await request('PUT', '/api/admin/goals', { reply: ZGoalUpdateResult, body: input });
        setPastMonths(null);
        return result;
      },
      reload: grid.reload,
      describe: (result) => `Saved ${result.updated} goal(s).`,
      // Months that have ended are saved only once the user confirms them.
      refused: (caught) => {
        const details = caught instanceof ApiError && caught.status === 409 ? ZPastMonthsDetails.safeParse(caught.details) : null;
        if (!details?.success || details.data.pastMonths.length === 0 || confirmPastMonths) return false;
        setPastMonths(details.data.pastMonths);
        return true;
      },
    });

  const knownUsers: KnownGoalUser[] = useMemo(() => {
    const emails = new Map((people.data?.people ?? []).map((person) => [person.id, person.email]));
    return (server?.rows ?? []).map((row) => ({ id: row.userId, name: row.name, email: emails.get(row.userId) ?? '' }));
  }, [people.data, server]);

  return {
    teams,
    offices,
    grid,
    scope,
    chooseScope: (next: GoalScope) => {
      if (confirmDiscard()) setScope(next);
    },
    range,
    changeRange: (next: Partial<{ from: string; to: string }>) => {
      if (confirmDiscard()) setRange((existing) => ({ ...existing, ...next }));
    },
    server,
    current,
    currency,
    locale,
    texts,
    setCellText: (key: string, text: string) => setTexts((existing) => ({ ...existing, [key]: text })),
    undoCell: (key: string) => setTexts(({ [key]: _dropped, ...rest }) => rest),
    discardChanges: () => setTexts({}),
    invalid,
    changes,
    changedKeys,
    totals,
    company,
    isDirty,
    isSaving,
    save,
    gridError,
    notice,
    pastMonths,
    cancelPastMonths: () => setPastMonths(null),
    copyMonth,
    setCopyMonth,
    applyGrid,
    dialog,
    setDialog,
    knownUsers,
  };
}

export type GoalGridState = ReturnType<typeof useGoalGrid>;
