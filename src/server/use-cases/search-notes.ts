import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZNoteSearchQuery, type TNoteSearch } from '@/schemas/sprint';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';

const resultLimit = 100;

/**
 * Retrospective notes from every team, newest first, so that a practice that works in
 * one team can be found by the others. Anyone signed in may search them.
 */
export async function searchNotes(options: { actor: SessionUser; query: unknown }): Promise<TNoteSearch> {
  const query = ZNoteSearchQuery.parse(options.query);
  const where: Prisma.RetroNoteWhereInput = {
    ...(query.q ? { OR: [{ text: { contains: query.q, mode: 'insensitive' } }, { deal: { account: { contains: query.q, mode: 'insensitive' } } }] } : {}),
    ...(query.tag ? { tags: { has: query.tag } } : {}),
    ...(query.teamId ? { teamId: query.teamId } : {}),
  };
  const [notes, tags] = await Promise.all([
    prisma.retroNote.findMany({ where, include: retroNoteInclude, orderBy: { createdAt: 'desc' }, take: resultLimit }),
    prisma.$queryRaw<{ tag: string; count: bigint | number }[]>`
      SELECT tag, COUNT(*) AS count FROM (SELECT unnest("tags") AS tag FROM "RetroNote") AS tagged
      GROUP BY tag ORDER BY count DESC, tag ASC LIMIT 60`,
  ]);
  return { notes: notes.map(toRetroNote), tags: tags.map((row) => ({ tag: row.tag, count: Number(row.count) })) };
}
