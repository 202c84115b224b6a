import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { monthKey } from '@/domain/calendar';
import type { MonthSummary } from '@/domain/pacing/month-summary';
import type { PacingDeal } from '@/domain/pacing/deal-contributions';
import { ledgerDeals, summarizeLedger } from '@/domain/pacing/month-ledger';
import { isDomainError } from '@/domain/domain-error';
import type { TDealChange } from '@/schemas/deal';
import { pacingRefusalToAppError, type LoadedMonth, type MonthState } from './month-state';
import { currentLoadedState, loadedStates, monthState, reload, states } from './month-state-cache';
import { applyFollowingChanges, catchUpFromLog, refreshSetting } from './month-catch-up';

// Everything one month's wall needs, kept in memory and brought up to date one deal
// change at a time (docs/decisions/007).
//
// - The month's deals are read from the database once. After that, each committed
//   change is applied to a running ledger (src/domain/pacing/month-ledger.ts) from the
//   DealEvent log: the publisher hands over the changes this process committed, and
//   whoever asks for the month reads any events it has not seen (changes made on other
//   instances, or pushed out of order) with one indexed query by sequence.
// - The small tables (offices, teams, reps, goals, rates) are read again when they are
//   older than `summaryRefreshMs`, and at once after an administrative change in this
//   process (`invalidateMonthSummaries`); the ledger is then rebuilt from the deal
//   states it holds, without reading the deals again.
// - The summary (which carries pace, moving with the clock) is cut from the ledger when
//   the figures changed or it is older than `maxAgeMs`.

// The parts: month-setting.ts (the small tables), month-deals.ts (the deal queries and
// conversions), month-state.ts (one held month), month-state-cache.ts (the held months),
// month-catch-up.ts (bringing one up to date), serializer.ts (one update at a time).

export type { LoadedMonth } from './month-state';
export type { OfficeInfo, RepInfo, TeamInfo } from './month-setting';
export { invalidateMonthSummaries } from './month-state-cache';

export const summaryRefreshMs = 30_000;

/**
 * One month's figures at `now`, including every committed deal change.
 *
 * `changes` are changes this process just committed (in any order): those that follow
 * on from what is held are applied without asking the database. Unless `mayReadLog` is
 * false, the DealEvent log is then read for anything they leave out (a change another
 * instance made, or one whose hand-over is still on its way); with false, the figures
 * include the changes up to the first one missing (the publisher's fast path: it never
 * waits for a database connection, and hands the rest over on its next publish).
 * `maxAgeMs` is how old the pace in a reused summary may be.
 */
export async function loadMonthSummary(options: MonthSummaryOptions): Promise<LoadedMonth> {
  const state = await bringUpToDate(options);
  return cutSummary(state, options.now, options.maxAgeMs ?? summaryRefreshMs);
}

/**
 * `loadMonthSummary`'s figures with the month's deals listed as the figures were cut from
 * them (what a burn-down draws). The list is made only here, not for every cut: building
 * it costs a close about 2 ms at 1,000 reps on the way to the walls (decision 033).
 */
export async function loadMonthWithDeals(options: MonthSummaryOptions): Promise<{ loaded: LoadedMonth; deals: PacingDeal[] }> {
  const state = await bringUpToDate(options);
  // No await from the cut to the list: the ledger still holds exactly what was cut (every
  // change to it also drops the state's latest cut, so a reused cut matches it too).
  const loaded = cutSummary(state, options.now, options.maxAgeMs ?? summaryRefreshMs);
  let deals = listedDeals.get(loaded);
  if (!deals) {
    deals = ledgerDeals(state.ledger);
    listedDeals.set(loaded, deals);
  }
  return { loaded, deals };
}

type MonthSummaryOptions = {
  month: Date;
  now: Date;
  changes?: readonly TDealChange[];
  mayReadLog?: boolean;
  maxAgeMs?: number;
};

/** The deals each cut was made from, once listed. */
const listedDeals = new WeakMap<LoadedMonth, PacingDeal[]>();

async function bringUpToDate(options: MonthSummaryOptions): Promise<MonthState> {
  const key = monthKey(options.month);
  let state = await monthState(options.month);
  try {
    state = await state.exclusive(async () => {
      if (options.mayReadLog !== false && Date.now() - state.setting.loadedAt >= summaryRefreshMs) await refreshSetting(state);
      if (options.changes) applyFollowingChanges(state, options.changes);
      // Changes pushed by this process need no query once they are all applied; any
      // other ask (a page load, the clock's refresh) reads the log for other instances'.
      const isCaughtUp = options.changes !== undefined && options.changes.length > 0 && options.changes.every((change) => change.sequence <= state.sequence);
      if (isCaughtUp || options.mayReadLog === false || (await catchUpFromLog(state))) return state;
      return reload(key, state);
    });
  } catch (error) {
    // A change the ledger cannot take: read the month from scratch (which reports it).
    if (!isDomainError(error, 'pacing')) throw error;
    state = await reload(key, state);
  }
  return state;
}

/**
 * The publisher's path with no await at all: the month's figures with the changes this
 * process just committed, cut at once (so the walls hear before anything else queued on
 * the event loop runs). Null when that cannot be done without waiting: the month is not
 * loaded yet, another update to it is under way, or a change does not fit (the caller
 * then takes `loadMonthSummary`, which deals with each of those).
 */
export function cutMonthSummaryNow(options: { month: Date; now: Date; changes: readonly TDealChange[] }): LoadedMonth | null {
  const state = currentLoadedState(monthKey(options.month));
  if (!state || !state.exclusive.isIdle()) return null;
  try {
    applyFollowingChanges(state, options.changes);
    return cutSummary(state, options.now, 0);
  } catch (error) {
    if (isDomainError(error, 'pacing') || error instanceof AppError) return null;
    throw error;
  }
}

/** The offices, with no await, when a loaded month's setting is fresh; null otherwise. */
export function listWallOfficesNow(now: Date): { id: string; timeZone: string }[] | null {
  for (const [key, state] of loadedStates()) {
    if (currentLoadedState(key) === state && now.getTime() - state.setting.loadedAt < summaryRefreshMs) return state.setting.offices;
  }
  return null;
}

function cutSummary(state: MonthState, now: Date, maxAgeMs: number): LoadedMonth {
  const latest = state.latest;
  if (latest && latest.sequence === state.sequence && now.getTime() - latest.computedAt.getTime() < maxAgeMs) return latest;
  let summary: MonthSummary;
  try {
    summary = summarizeLedger(state.ledger, now);
  } catch (error) {
    throw pacingRefusalToAppError(error);
  }
  const { setting } = state;
  const loaded: LoadedMonth = {
    month: state.month,
    sequence: state.sequence,
    computedAt: now,
    reportingCurrency: setting.reportingCurrency,
    offices: setting.offices,
    teams: setting.teams,
    reps: setting.reps,
    rates: setting.rates,
    summary,
  };
  state.latest = loaded;
  return loaded;
}

/** The offices by name, with their zones (the first decides the company's month). */
export async function listWallOffices(now: Date): Promise<{ id: string; timeZone: string }[]> {
  for (const pending of states().values()) {
    const state = await pending.catch(() => null);
    if (state && now.getTime() - state.setting.loadedAt < summaryRefreshMs) return state.setting.offices;
  }
  return prisma.office.findMany({ select: { id: true, timeZone: true }, orderBy: { name: 'asc' } });
}
