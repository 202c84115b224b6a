import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { ZWallScope, type TWallSnapshot } from '@/schemas/wall';
import { loadMonthSummary } from '@/server/wall/load-month-summary';
import type { WallDetail } from '@/server/wall/wall-bars';
import { cachedWallSnapshot } from '@/server/wall/wall-snapshot-cache';

/** The zone whose calendar decides which month is "current" for a wall: the office's, or for the company the first office's by name. */
export async function wallTimeZone(scope: { kind: 'company' } | { kind: 'office'; officeId: string }): Promise<string> {
  if (scope.kind === 'office') {
    const office = await prisma.office.findUnique({ where: { id: scope.officeId }, select: { timeZone: true } });
    if (!office) throw new AppError('NOT_FOUND', 'No such office.');
    return office.timeZone;
  }
  const office = await prisma.office.findFirst({ orderBy: { name: 'asc' }, select: { timeZone: true } });
  return office?.timeZone ?? 'UTC';
}

/**
 * The pacing wall for a scope and month (the current one by default): a bar per rep,
 * team and office, and the company's when the scope is the company. `teams` leaves out
 * the reps (what a TV shows). Callers asking while the figures are unchanged share one
 * snapshot (src/server/wall/wall-snapshot-cache.ts): read it, never change it.
 */
export async function getWallSnapshot(options: { scope: unknown; month?: string | null; now?: Date; detail?: WallDetail }): Promise<TWallSnapshot> {
  const scope = ZWallScope.parse(options.scope);
  const now = options.now ?? new Date();
  const current = monthStartInZone(now, await wallTimeZone(scope));
  let month = current;
  if (options.month) {
    const parsed = parseMonthKey(options.month);
    if (!parsed) throw new AppError('BAD_REQUEST', 'month must look like 2026-11.');
    if (parsed > current) throw new AppError('BAD_REQUEST', 'That month has not started yet.');
    month = parsed;
  }
  const loaded = await loadMonthSummary({ month, now });
  return cachedWallSnapshot(loaded, scope, month.getTime() === current.getTime(), options.detail);
}
