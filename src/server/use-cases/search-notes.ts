import { Prisma } from '@/generated/prisma/client';
import { teamsReadInFull } from '@/domain/sprints/permissions';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZNoteSearchQuery, type TNoteSearch } from '@/schemas/sprint';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';

const resultLimit = 100;

/**
 * Retrospective notes, newest first, so that a practice that works in one team can be
 * found by the others: every team's shared practice (what went well), and every note of
 * the teams whose sprints the caller reads in full (src/domain/sprints/permissions.ts).
 */
export async function searchNotes(options: { actor: SessionUser; query: unknown }): Promise<TNoteSearch> {
  const query = ZNoteSearchQuery.parse(options.query);
  const where: Prisma.RetroNoteWhereInput = {
    ...(query.q ? { OR: [{ text: { contains: query.q, mode: 'insensitive' } }, { deal: { account: { contains: query.q, mode: 'insensitive' } } }] } : {}),
    ...(query.tag ? { tags: { has: query.tag } } : {}),
    ...(query.teamId ? { teamId: query.teamId } : {}),
  };
  const readable = teamsReadInFull(options.actor);
  const visible: Prisma.RetroNoteWhereInput = readable === 'all' ? {} : { OR: [{ kind: 'WENT_WELL' }, { teamId: { in: readable } }] };
  const tagFilter =
    readable === 'all'
      ? Prisma.empty
      : Prisma.sql`WHERE "kind" = 'WENT_WELL' OR "teamId" = ANY(${readable}::text[])`;
  const [notes, tags] = await Promise.all([
    prisma.retroNote.findMany({ where: { AND: [where, visible] }, include: retroNoteInclude, orderBy: { createdAt: 'desc' }, take: resultLimit }),
    prisma.$queryRaw<{ tag: string; count: bigint | number }[]>`
      SELECT tag, COUNT(*) AS count FROM (SELECT unnest("tags") AS tag FROM "RetroNote" ${tagFilter}) AS tagged
      GROUP BY tag ORDER BY count DESC, tag ASC LIMIT 60`,
  ]);
  return { notes: notes.map(toRetroNote), tags: tags.map((row) => ({ tag: row.tag, count: Number(row.count) })) };
}
