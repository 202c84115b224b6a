import { monthKey } from '@/domain/calendar';
import { loadMonthState, type MonthState } from './month-state';

// The held months, one per month key, kept on globalThis (the Next.js bundles and the
// custom server share them). `states` holds each month's read, pending or done;
// `loadedStates` the months whose read has finished, for the publisher's path with no
// await.

type CacheGlobal = typeof globalThis & { __cadenceMonthStates?: Map<string, Promise<MonthState>>; __cadenceLoadedMonthStates?: Map<string, MonthState> };
export function states(): Map<string, Promise<MonthState>> {
  const holder = globalThis as CacheGlobal;
  holder.__cadenceMonthStates ??= new Map();
  return holder.__cadenceMonthStates;
}

/** The months whose read has finished, for the publisher's path with no await. */
export function loadedStates(): Map<string, MonthState> {
  const holder = globalThis as CacheGlobal;
  holder.__cadenceLoadedMonthStates ??= new Map();
  return holder.__cadenceLoadedMonthStates;
}

/** The loaded month, when it is still the cached one. */
export function currentLoadedState(key: string): MonthState | null {
  const state = loadedStates().get(key);
  return state && state.self !== null && states().get(key) === state.self ? state : null;
}

/** Forgets every month (after a change that leaves no DealEvent, such as a goal edit). */
export function invalidateMonthSummaries(): void {
  states().clear();
  loadedStates().clear();
}

/**
 * How many months are held at most. The two latest (the current month and the one
 * before: a wall in an office whose month has not turned yet) always stay; past months
 * someone browsed (a burn-down of last spring) share the rest and the one used longest
 * ago goes first, so memory follows the months in use, not the years of history
 * (docs/decisions/023).
 */
export const heldMonthLimit = 4;

function forgetLeastRecentlyUsed(): void {
  const held = states();
  if (held.size <= heldMonthLimit) return;
  const latestTwo = new Set([...held.keys()].sort().slice(-2));
  // A Map keeps insertion order, and each use re-inserts its key: the first is the least recent.
  for (const key of held.keys()) {
    if (held.size <= heldMonthLimit) break;
    if (latestTwo.has(key)) continue;
    held.delete(key);
    loadedStates().delete(key);
  }
}

/** The month's state, read once and then shared; concurrent callers wait for one read. */
export function monthState(month: Date): Promise<MonthState> {
  const key = monthKey(month);
  const cached = states().get(key);
  if (cached) {
    // Most recently used goes last.
    states().delete(key);
    states().set(key, cached);
    return cached;
  }
  const pending: Promise<MonthState> = loadMonthState(month).then((state) => {
    state.self = pending;
    if (states().get(key) === pending) loadedStates().set(key, state);
    return state;
  });
  states().set(key, pending);
  forgetLeastRecentlyUsed();
  pending.catch(() => {
    if (states().get(key) === pending) states().delete(key);
  });
  return pending;
}

/** Drops a stale state from the cache and reads the month again. */
export function reload(key: string, stale: MonthState): Promise<MonthState> {
  if (states().get(key) === stale.self) states().delete(key);
  return monthState(stale.month);
}
