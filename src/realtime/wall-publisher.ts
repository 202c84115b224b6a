import { performance } from 'node:perf_hooks';
import type { TDealChange } from '@/schemas/deal';
import type { TWallScope, TWallSnapshot } from '@/schemas/wall';
import type { WallBarRow } from '@/domain/pacing/wall-bar-figures';
import { diffWallRows } from '@/domain/pacing/wall-row-changes';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { cutMonthSummaryNow, listWallOffices, listWallOfficesNow, loadMonthSummary, type LoadedMonth } from '@/server/wall/load-month-summary';
import { cutWall, type WallDetail } from '@/server/wall/wall-bars';
import { listWallWins, winsInScope, type WallWin } from '@/domain/pacing/wall-wins';
import type { RealtimeServer } from './registry';
import { wallRoom } from './rooms';

// Pushes fresh wall figures after deals change (docs/decisions/005 and 007).
//
// - A change publishes at once when the last publish is at least `minimumIntervalMs`
//   old; changes arriving sooner are coalesced into one publish at the end of that
//   interval. A TV needs the latest numbers, not every event. Sending to a thousand
//   sockets blocks the event loop (one write per socket), so while changes keep coming
//   (less than 250 ms apart) the interval grows to sixteen times the time the last
//   publish's sends took (up to 450 ms): under load sending takes about a sixteenth of the
//   loop at most and the closes themselves keep going through, while every wall still
//   hears well within a second. A change after a quiet spell goes out at once.
// - The changes this process committed are handed to the month's running ledger, so a
//   publish costs a few in-memory additions and no query (load-month-summary.ts).
// - Figures are also refreshed every `refreshMs`, because pace moves with the clock;
//   that refresh reads the DealEvent log for changes made on other instances.
// - Each wall room gets one emit of its slice (socket.io encodes it once for the room):
//   the whole snapshot the first time and whenever its bars change (a team renamed, a
//   rep joining); otherwise only the bars whose figures changed since the room's last
//   update (`wall:changes`: an index and four numbers a bar, which each wall turns back
//   into the same figures; a close changes three or four of the company's 111 bars), or
//   every bar's figures (`wall:figures`) when most changed. Rooms nobody here watches are
//   skipped and forgotten. A wall joining a room is given the room's last update
//   (`joinSnapshot`), so the next changes build on what it shows (decision 031).
// - With several instances (docs/decisions/024), every instance runs its own publisher
//   for the walls connected to it alone (`io.local`): it hears the changes committed on
//   the others through Redis (src/realtime/server.ts) and its clock refresh reads the log,
//   so each wall gets each update once, from its own instance, and nothing needs electing.

const wallDetails: readonly WallDetail[] = ['full', 'teams'];

export type WallPublisher = {
  markDirty: (change?: TDealChange | readonly TDealChange[]) => void;
  /** What a wall joining `room` is shown, given a snapshot cut for it just now (see `joinSnapshot` below). */
  joinSnapshot: (room: string, fresh: TWallSnapshot) => TWallSnapshot;
  stop: () => void;
};

/** What a room's walls were last sent: the rows they hold and the snapshot they show. */
type RoomUpdate = { layout: string; rows: WallBarRow[]; snapshot: TWallSnapshot; isWholeWanted: boolean };

export function startWallPublisher(
  io: RealtimeServer,
  options: { minimumIntervalMs?: number; refreshMs?: number } = {},
): WallPublisher {
  const minimumIntervalMs = options.minimumIntervalMs ?? 100;
  const refreshMs = options.refreshMs ?? 30_000;
  /** Sends may take a sixteenth of the event loop; walls still hear about twice a second. */
  const sendBudgetFactor = 16;
  const maximumIntervalMs = 450;
  /** Changes closer together than this are a steady stream (see `schedule`). */
  const quietMs = 250;
  let lastChangeAt = 0;
  let isBusy = false;
  /** A change handed over out of order waits this long for the ones before it, then the log is read. */
  const gapPatienceMs = 300;
  let isDirty = false;
  let isRunning = false;
  let isStopped = false;
  let lastPublishAt = 0;
  /** How long the last publish's sends blocked the event loop. */
  let lastSendMs = 0;
  let timer: NodeJS.Timeout | undefined;
  /** Changes committed here and not yet in the figures, with when they arrived. */
  let held: { change: TDealChange; at: number }[] = [];
  /** Something other than a change asked (the clock, an administrative edit): read the log too. */
  let isLogWanted = false;
  const lastSentSequence = new Map<string, number>();
  const lastUpdate = new Map<string, RoomUpdate>();

  const rooms = io.of('/').adapter.rooms;
  const isWatched = (room: string) => rooms.has(room);

  function send(loaded: LoadedMonth, scopes: readonly TWallScope[], now: Date, wins: readonly WallWin[] = []): void {
    const startedAt = performance.now();
    for (const scope of scopes) {
      // The deals won in this update, named, so a celebration can say who closed what.
      const named = wins.length > 0 ? winsInScope(wins, scope) : [];
      for (const detail of wallDetails) {
        const room = wallRoom(scope, detail);
        if (!isWatched(room)) continue;
        const { snapshot, figures } = cutWall(loaded, scope, now, true, detail);
        const withWins = <T extends object>(message: T) => (named.length > 0 ? { ...message, wins: named } : message);
        const last = lastUpdate.get(room);
        let rows = figures.rows;
        if (!last || last.layout !== figures.layout) {
          io.local.to(room).emit('wall:snapshot', withWins(snapshot));
        } else {
          const diff = last.isWholeWanted ? null : diffWallRows(last.rows, figures.rows);
          if (diff && diff.changed.length * 2 <= figures.rows.length) {
            const { month, generatedAt, sequence, layout } = figures;
            io.local.to(room).emit('wall:changes', withWins({ scope, month, generatedAt, sequence, layout, since: last.snapshot.generatedAt, changed: diff.changed }));
            rows = diff.held;
          } else {
            io.local.to(room).emit('wall:figures', withWins(figures));
          }
        }
        lastUpdate.set(room, { layout: figures.layout, rows, snapshot, isWholeWanted: false });
      }
    }
    lastSendMs = performance.now() - startedAt;
  }

  async function publish(): Promise<void> {
    isRunning = true;
    isDirty = false;
    lastPublishAt = Date.now();
    const changes = held.map((entry) => entry.change);
    const wantsLog = isLogWanted || (held[0] !== undefined && Date.now() - held[0].at >= gapPatienceMs);
    isLogWanted = false;
    // A room its walls have left: a wall joining it later starts afresh.
    for (const room of lastUpdate.keys()) if (!isWatched(room)) lastUpdate.delete(room);
    try {
      const now = new Date();
      const offices = listWallOfficesNow(now) ?? (await listWallOffices(now));
      const scopes: { scope: TWallScope; timeZone: string }[] = [
        { scope: { kind: 'company' }, timeZone: offices[0]?.timeZone ?? 'UTC' },
        ...offices.map((office) => ({ scope: { kind: 'office' as const, officeId: office.id }, timeZone: office.timeZone })),
      ];
      const watched = scopes.filter(({ scope }) => isWatched(wallRoom(scope, 'full')) || isWatched(wallRoom(scope, 'teams')));
      // Nobody watching: no figures to cut (a wall that joins later gets fresh ones, and
      // the month catches up from the log when next asked).
      if (watched.length === 0) {
        held = [];
        return;
      }
      // Every wall of one month is cut from the same summary.
      const byMonth = new Map<string, { month: Date; scopes: TWallScope[] }>();
      for (const { scope, timeZone } of watched) {
        const month = monthStartInZone(now, timeZone);
        const group = byMonth.get(monthKey(month)) ?? { month, scopes: [] };
        group.scopes.push(scope);
        byMonth.set(monthKey(month), group);
      }
      let included = Number.POSITIVE_INFINITY;
      for (const { month, scopes: monthScopes } of byMonth.values()) {
        // First what this process knows, with no query: never wait on a busy pool. A
        // change whose predecessors are still on their way waits for the next publish.
        // Normally this needs no await either, so the walls hear before anything else
        // queued on the event loop (the closing request's own reply included).
        const known = cutMonthSummaryNow({ month, now, changes }) ?? (await loadMonthSummary({ month, now, changes, mayReadLog: false, maxAgeMs: 0 }));
        let isSent = false;
        if (wantsLog ? changes.length > 0 : known.sequence !== lastSentSequence.get(monthKey(month))) {
          send(known, monthScopes, now, namedWins(changes, known));
          isSent = true;
        }
        let sequence = known.sequence;
        // Then, for the clock's refresh or a gap that lasted, what the log adds (changes
        // made on other instances, or one that was rolled back).
        if (wantsLog) {
          const caughtUp = await loadMonthSummary({ month, now, maxAgeMs: 0 });
          if (!isSent || caughtUp.sequence > known.sequence) send(caughtUp, monthScopes, now);
          sequence = caughtUp.sequence;
        }
        lastSentSequence.set(monthKey(month), sequence);
        included = Math.min(included, sequence);
      }
      held = held.filter((entry) => entry.change.sequence > included);
    } catch (error) {
      console.warn(`wall publisher: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      isRunning = false;
      // Changes still held wait for the ones before them (or for the log).
      if (held.length > 0) isDirty = true;
      if (isDirty) schedule();
    }
  }

  function schedule(): void {
    if (isStopped || isRunning || timer) return;
    // A change after a quiet spell goes out as soon as the minimum interval allows; only
    // a steady stream of changes is held to the send budget.
    const interval = isBusy ? Math.max(minimumIntervalMs, Math.min(sendBudgetFactor * lastSendMs, maximumIntervalMs)) : minimumIntervalMs;
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

  /** The deals won among the changes, named from the month's setting (no query); none in most publishes. */
  function namedWins(changes: readonly TDealChange[], loaded: LoadedMonth): WallWin[] {
    if (!changes.some((change) => change.deal.outcome === 'WON')) return [];
    const officeOfTeam = new Map(loaded.teams.map((team) => [team.id, team.officeId]));
    return listWallWins(changes, { repName: (userId) => loaded.reps.get(userId)?.name, officeOfTeam: (teamId) => officeOfTeam.get(teamId) });
  }

  /** A change, or several committed together (published at once, as one); none: read the log. */
  function markDirty(change?: TDealChange | readonly TDealChange[]): void {
    if (change) {
      const now = Date.now();
      isBusy = now - lastChangeAt < quietMs;
      lastChangeAt = now;
      for (const one of Array.isArray(change) ? change : [change]) held.push({ change: one, at: now });
    } else {
      isLogWanted = true;
    }
    isDirty = true;
    schedule();
  }

  /**
   * A joining wall is shown the room's last update when it is as new as the snapshot cut
   * for the join, so that the next changes, which build on that update, apply to it.
   * Otherwise (a change this publisher has not sent yet, or a room it has not sent to) it
   * is shown the fresh snapshot and the room's next update is sent whole.
   */
  function joinSnapshot(room: string, fresh: TWallSnapshot): TWallSnapshot {
    const last = lastUpdate.get(room);
    if (!last) return fresh;
    if (last.layout === fresh.layout && last.snapshot.sequence >= fresh.sequence) return last.snapshot;
    last.isWholeWanted = true;
    return fresh;
  }

  const refresh = setInterval(() => markDirty(), refreshMs);
  refresh.unref();

  return {
    markDirty,
    joinSnapshot,
    stop: () => {
      isStopped = true;
      clearInterval(refresh);
      clearTimeout(timer);
    },
  };
}
