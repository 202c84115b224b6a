import { prisma } from '@/server/db';
import type { TDealChange } from '@/schemas/deal';
import { toDealChange } from '@/server/board/record-deal-change';

/** How many missed changes a reconnecting board replays before it reloads instead. */
export const maximumCatchUp = 500;

/**
 * The changes to the given teams after a sequence number, in order: what a board that
 * was disconnected missed. `complete` is false when there were too many to replay.
 */
export async function listDealChangesSince(options: {
  teamIds: string[];
  afterSequence: number;
}): Promise<{ changes: TDealChange[]; complete: boolean }> {
  if (options.teamIds.length === 0) return { changes: [], complete: true };
  const events = await prisma.dealEvent.findMany({
    where: {
      sequence: { gt: options.afterSequence },
      OR: [{ teamId: { in: options.teamIds } }, { fromTeamId: { in: options.teamIds } }],
    },
    orderBy: { sequence: 'asc' },
    take: maximumCatchUp + 1,
    include: { actor: { select: { name: true } } },
  });
  const complete = events.length <= maximumCatchUp;
  return {
    changes: events.slice(0, maximumCatchUp).map((event) => toDealChange(event, event.actor?.name ?? null)),
    complete,
  };
}

/**
 * The live changes with sequence numbers in (after, upTo], in order: what the board gap
 * filler (src/realtime/board-gap-filler.ts) looks for. History written by an import is
 * left out (boards hear an import's changes in bulk; its past events are not news).
 */
export async function listDealChangesBetween(after: number, upTo: number): Promise<TDealChange[]> {
  if (upTo <= after) return [];
  const events = await prisma.dealEvent.findMany({
    where: { sequence: { gt: after, lte: upTo }, imported: false },
    orderBy: { sequence: 'asc' },
    include: { actor: { select: { name: true } } },
  });
  return events.map((event) => toDealChange(event, event.actor?.name ?? null));
}
