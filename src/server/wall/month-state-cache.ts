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

/** The month's state, read once and then shared; concurrent callers wait for one read. */
export function monthState(month: Date): Promise<MonthState> {
  const key = monthKey(month);
  const cached = states().get(key);
  if (cached) return cached;
  const pending: Promise<MonthState> = loadMonthState(month).then((state) => {
    state.self = pending;
    if (states().get(key) === pending) loadedStates().set(key, state);
    return state;
  });
  states().set(key, pending);
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
