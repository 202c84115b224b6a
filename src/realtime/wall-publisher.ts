import { performance } from 'node:perf_hooks';
import type { TDealChange } from '@/schemas/deal';
import type { TWallScope, TWallSnapshot } from '@/schemas/wall';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { listWallOffices, loadMonthSummary } from '@/server/wall/load-month-summary';
import { toWallSnapshot } from '@/server/wall/wall-bars';
import type { RealtimeServer } from './registry';
import { wallRoom } from './rooms';

// Pushes fresh wall figures after deals change (docs/decisions/005 and 007).
//
// - A change publishes at once when the last publish is at least `minimumIntervalMs`
//   old; changes arriving sooner are coalesced into one publish at the end of that
//   interval. A TV needs the latest numbers, not every event. Sending to a thousand
//   sockets blocks the event loop (one write per socket), so the interval also grows to
//   three times the time the last publish's sends took (up to 500 ms): on a slow or busy
//   machine sending takes about a third of the loop at most and requests keep being
//   served, while every wall still hears within a second.
// - The changes this process committed are handed to the month's running ledger, so a
//   publish costs a few in-memory additions and no query (load-month-summary.ts).
// - Figures are also refreshed every `refreshMs`, because pace moves with the clock;
//   that refresh reads the DealEvent log for changes made on other instances.
// - Each wall room gets one emit of its slice (socket.io encodes it once for the room).
//   Without Redis, rooms nobody here watches are skipped; with the Redis adapter every
//   room is published, since walls on other instances may be watching.

/** The figures a TV shows: every bar but the reps'. */
export function withoutReps(snapshot: TWallSnapshot): TWallSnapshot {
  return { ...snapshot, reps: [] };
}

export type WallPublisher = { markDirty: (change?: TDealChange) => void; stop: () => void };

export function startWallPublisher(
  io: RealtimeServer,
  options: { minimumIntervalMs?: number; refreshMs?: number; isShared?: boolean } = {},
): WallPublisher {
  const minimumIntervalMs = options.minimumIntervalMs ?? 100;
  const refreshMs = options.refreshMs ?? 30_000;
  /** Sends may take a third of the event loop; walls still hear about twice a second. */
  const sendBudgetFactor = 3;
  const maximumIntervalMs = 500;
  let isDirty = false;
  let isRunning = false;
  let isStopped = false;
  let lastPublishAt = 0;
  /** How long the last publish's sends blocked the event loop. */
  let lastSendMs = 0;
  let timer: NodeJS.Timeout | undefined;
  /** Changes committed here since the last publish; undefined when something else asked. */
  let pending: TDealChange[] | undefined = [];

  const rooms = io.of('/').adapter.rooms;
  const isWatched = (room: string) => options.isShared === true || rooms.has(room);

  async function publish(): Promise<void> {
    isRunning = true;
    isDirty = false;
    lastPublishAt = Date.now();
    const changes = pending;
    pending = [];
    try {
      const now = new Date();
      const offices = await listWallOffices(now);
      const scopes: { scope: TWallScope; timeZone: string }[] = [
        { scope: { kind: 'company' }, timeZone: offices[0]?.timeZone ?? 'UTC' },
        ...offices.map((office) => ({ scope: { kind: 'office' as const, officeId: office.id }, timeZone: office.timeZone })),
      ];
      const watched = scopes.filter(({ scope }) => isWatched(wallRoom(scope, 'full')) || isWatched(wallRoom(scope, 'teams')));
      // Nobody watching: no figures to cut (a wall that joins later gets fresh ones).
      if (watched.length === 0) return;
      // Every wall of one month is cut from the same summary.
      const byMonth = new Map<string, { month: Date; scopes: TWallScope[] }>();
      for (const { scope, timeZone } of watched) {
        const month = monthStartInZone(now, timeZone);
        const group = byMonth.get(monthKey(month)) ?? { month, scopes: [] };
        group.scopes.push(scope);
        byMonth.set(monthKey(month), group);
      }
      for (const { month, scopes: monthScopes } of byMonth.values()) {
        const loaded = await loadMonthSummary({ month, now, changes, maxAgeMs: 0 });
        const sendStartedAt = performance.now();
        for (const scope of monthScopes) {
          const snapshot = toWallSnapshot(loaded, scope, now, true);
          const full = wallRoom(scope, 'full');
          const teams = wallRoom(scope, 'teams');
          if (isWatched(full)) io.to(full).emit('wall:snapshot', snapshot);
          if (isWatched(teams)) io.to(teams).emit('wall:snapshot', withoutReps(snapshot));
        }
        lastSendMs = performance.now() - sendStartedAt;
      }
    } catch (error) {
      console.warn(`wall publisher: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      isRunning = false;
      if (isDirty) schedule();
    }
  }

  function schedule(): void {
    if (isStopped || isRunning || timer) return;
    const interval = Math.max(minimumIntervalMs, Math.min(sendBudgetFactor * lastSendMs, maximumIntervalMs));
    const wait = lastPublishAt + interval - Date.now();
    if (wait <= 0) {
      void publish();
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      void publish();
    }, wait);
  }

  function markDirty(change?: TDealChange): void {
    if (change && pending) pending.push(change);
    else pending = undefined;
    isDirty = true;
    schedule();
  }

  const refresh = setInterval(() => markDirty(), refreshMs);
  refresh.unref();

  return {
    markDirty,
    stop: () => {
      isStopped = true;
      clearInterval(refresh);
      clearTimeout(timer);
    },
  };
}
