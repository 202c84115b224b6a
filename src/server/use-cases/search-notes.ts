import type { Prisma } from '@/generated/prisma/client';
import { teamsReadInFull } from '@/domain/sprints/permissions';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZNoteSearchQuery, type TNoteSearch } from '@/schemas/sprint';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';
import { mergeTagCounts, spellingsOf } from '@/domain/sprints/tags';
import { loadTagsInUse } from '@/server/sprints/tags-in-use';

const resultLimit = 100;

/**
 * Retrospective notes, newest first, so that a practice that works in one team can be
 * found by the others: every team's shared practice (what went well), and every note of
 * the teams whose sprints the caller reads in full (src/domain/sprints/permissions.ts).
 */
export async function searchNotes(options: { actor: SessionUser; query: unknown }): Promise<TNoteSearch> {
  const query = ZNoteSearchQuery.parse(options.query);
  const tagsInUse = await loadTagsInUse(options.actor);
  // One tag however it was spelt: #multi-threading finds the notes tagged #multithreading too.
  const where: Prisma.RetroNoteWhereInput = {
    ...(query.q ? { OR: [{ text: { contains: query.q, mode: 'insensitive' } }, { deal: { account: { contains: query.q, mode: 'insensitive' } } }] } : {}),
    ...(query.tag ? { tags: { hasSome: spellingsOf(query.tag, tagsInUse) } } : {}),
    ...(query.teamId ? { teamId: query.teamId } : {}),
  };
  const readable = teamsReadInFull(options.actor);
  const visible: Prisma.RetroNoteWhereInput = readable === 'all' ? {} : { OR: [{ kind: 'WENT_WELL' }, { teamId: { in: readable } }] };
  const notes = await prisma.retroNote.findMany({ where: { AND: [where, visible] }, include: retroNoteInclude, orderBy: { createdAt: 'desc' }, take: resultLimit });
  return { notes: notes.map(toRetroNote), tags: mergeTagCounts(tagsInUse).slice(0, 60) };
}
