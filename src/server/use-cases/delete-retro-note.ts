import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { TRetroNote } from '@/schemas/sprint';
import { loadChangeableNote } from '@/server/sprints/changeable-note';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';

/** Removes a note; the response is the note as it was. */
export async function deleteRetroNote(options: { actor: SessionUser; noteId: string }): Promise<{ note: TRetroNote }> {
  const note = await loadChangeableNote(options.actor, options.noteId);
  const deleted = await prisma.retroNote.delete({ where: { id: note.id }, include: retroNoteInclude });
  return { note: toRetroNote(deleted) };
}
