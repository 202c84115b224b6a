import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateRetroNoteInput, type TRetroNote } from '@/schemas/sprint';
import { loadChangeableNote } from '@/server/sprints/changeable-note';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';

/** Edits a note's kind, text or tags. */
export async function updateRetroNote(options: { actor: SessionUser; noteId: string; input: unknown }): Promise<{ note: TRetroNote }> {
  const input = ZUpdateRetroNoteInput.parse(options.input);
  const note = await loadChangeableNote(options.actor, options.noteId);
  const updated = await prisma.retroNote.update({
    where: { id: note.id },
    data: { kind: input.kind, text: input.text, tags: input.tags ? [...new Set(input.tags)] : undefined },
    include: retroNoteInclude,
  });
  return { note: toRetroNote(updated) };
}
