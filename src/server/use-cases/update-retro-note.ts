import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateRetroNoteInput, type TRetroNote } from '@/schemas/sprint';
import { loadChangeableNote } from '@/server/sprints/changeable-note';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';
import { reconcileTags } from '@/domain/sprints/tags';
import { loadTagsInUse } from '@/server/sprints/tags-in-use';

/** Edits a note's kind, text or tags. */
export async function updateRetroNote(options: { actor: SessionUser; noteId: string; input: unknown }): Promise<{ note: TRetroNote }> {
  const input = ZUpdateRetroNoteInput.parse(options.input);
  const note = await loadChangeableNote(options.actor, options.noteId);
  // A tag already in use under another spelling keeps that spelling.
  const tags = input.tags ? (input.tags.length > 0 ? reconcileTags(input.tags, await loadTagsInUse(options.actor)) : []) : undefined;
  const updated = await prisma.retroNote.update({
    where: { id: note.id },
    data: { kind: input.kind, text: input.text, tags },
    include: retroNoteInclude,
  });
  return { note: toRetroNote(updated) };
}
