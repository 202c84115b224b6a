import { prisma } from '@/server/db';

/**
 * The newest DealEvent's sequence (0 before the first): where a board or a wall loaded
 * now starts hearing live changes. Read as the last row of the primary key, not with
 * `aggregate({ _max })`: Prisma writes that as a MAX over a subquery with an OFFSET,
 * which PostgreSQL answers by reading every event (about 500 ms at 1.9 million events,
 * against 0.06 ms here; docs/benchmarks.md, bench:scale).
 */
export async function currentSequence(): Promise<number> {
  const newest = await prisma.dealEvent.findFirst({ orderBy: { sequence: 'desc' }, select: { sequence: true } });
  return newest?.sequence ?? 0;
}
