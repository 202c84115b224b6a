import { Prisma } from '@/generated/prisma/client';
import { teamsReadInFull } from '@/domain/sprints/permissions';
import { mergeTagCounts, type TagCount } from '@/domain/sprints/tags';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';

// The note tags a user can see in use (every team's shared practice, and all the notes
// of the teams whose sprints they read in full), with how often each is used. Spellings
// of one tag are counted apart here; src/domain/sprints/tags.ts merges them.

export async function loadTagsInUse(actor: SessionUser, limit = 200): Promise<TagCount[]> {
  const readable = teamsReadInFull(actor);
  const filter =
    readable === 'all' ? Prisma.empty : Prisma.sql`WHERE "kind" = 'WENT_WELL' OR "teamId" = ANY(${readable}::text[])`;
  const rows = await prisma.$queryRaw<{ tag: string; count: bigint | number }[]>`
    SELECT tag, COUNT(*) AS count FROM (SELECT unnest("tags") AS tag FROM "RetroNote" ${filter}) AS tagged
    GROUP BY tag ORDER BY count DESC, tag ASC LIMIT ${limit}`;
  return rows.map((row) => ({ tag: row.tag, count: Number(row.count) }));
}

/** The tags in use, one entry per tag whatever its spellings, most used first. */
export async function listMergedTags(actor: SessionUser, limit = 60): Promise<TagCount[]> {
  return mergeTagCounts(await loadTagsInUse(actor)).slice(0, limit);
}
