import { prisma } from '@/server/db';
import type { TWallScope, TWallSnapshot } from '@/schemas/wall';
import { monthStartInZone } from '@/domain/calendar';
import { loadMonthSummary } from '@/server/wall/load-month-summary';
import { toWallSnapshot } from '@/server/wall/wall-bars';
import type { RealtimeServer } from './registry';
import { wallRoom } from './rooms';

// Pushes fresh wall figures after deals change. A burst of changes is coalesced: the
// first change publishes at once, changes that arrive meanwhile cause one more publish
// no sooner than `minimumIntervalMs` later. A TV needs the latest numbers, not every
// event. Figures are also refreshed every `refreshMs`, because pace moves with the clock.
// With the Redis adapter, a publish from any instance reaches walls on every instance.

/** The figures a TV shows: every bar but the reps'. */
export function withoutReps(snapshot: TWallSnapshot): TWallSnapshot {
  return { ...snapshot, reps: [] };
}

export type WallPublisher = { markDirty: () => void; stop: () => void };

export function startWallPublisher(
  io: RealtimeServer,
  options: { minimumIntervalMs?: number; refreshMs?: number; isShared?: boolean } = {},
): WallPublisher {
  const minimumIntervalMs = options.minimumIntervalMs ?? 200;
  const refreshMs = options.refreshMs ?? 30_000;
  let isDirty = false;
  let isRunning = false;
  let isStopped = false;
  let lastPublishAt = 0;
  let timer: NodeJS.Timeout | undefined;

  /**
   * Whether any wall could receive a publish. Without Redis only this instance's walls
   * can; with it, walls on other instances may be watching, so it always publishes.
   */
  function hasAudience(): boolean {
    if (options.isShared) return true;
    for (const room of io.of('/').adapter.rooms.keys()) if (room.startsWith('wall:')) return true;
    return false;
  }

  async function publish(): Promise<void> {
    isRunning = true;
    isDirty = false;
    lastPublishAt = Date.now();
    try {
      // Nobody watching: no figures to compute (a wall that joins later gets fresh ones).
      if (!hasAudience()) return;
      const now = new Date();
      const offices = await prisma.office.findMany({ select: { id: true, timeZone: true }, orderBy: { name: 'asc' } });
      const scopes: { scope: TWallScope; timeZone: string }[] = [
        { scope: { kind: 'company' }, timeZone: offices[0]?.timeZone ?? 'UTC' },
        ...offices.map((office) => ({ scope: { kind: 'office' as const, officeId: office.id }, timeZone: office.timeZone })),
      ];
      // Every wall of one month is cut from the same summary, computed once.
      for (const { scope, timeZone } of scopes) {
        const loaded = await loadMonthSummary({ month: monthStartInZone(now, timeZone), now });
        const snapshot = toWallSnapshot(loaded, scope, now, true);
        io.to(wallRoom(scope, 'full')).emit('wall:snapshot', snapshot);
        io.to(wallRoom(scope, 'teams')).emit('wall:snapshot', withoutReps(snapshot));
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
    const wait = Math.max(0, lastPublishAt + minimumIntervalMs - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      void publish();
    }, wait);
  }

  const refresh = setInterval(() => {
    isDirty = true;
    schedule();
  }, refreshMs);
  refresh.unref();

  return {
    markDirty: () => {
      isDirty = true;
      schedule();
    },
    stop: () => {
      isStopped = true;
      clearInterval(refresh);
      clearTimeout(timer);
    },
  };
}
