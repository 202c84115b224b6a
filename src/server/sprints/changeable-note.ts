import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToChangeNote } from '@/domain/sprints/permissions';
import { assertAllowed } from './team-context';

/** A retrospective note the caller may change (its author, or the team's lead, manager or an admin). */
export async function loadChangeableNote(actor: SessionUser, noteId: string) {
  const id = ZEntityId.parse(noteId);
  const note = await prisma.retroNote.findUnique({ where: { id } });
  if (!note) throw new AppError('NOT_FOUND', 'No such note.');
  assertAllowed(refusalToChangeNote(actor, note));
  return note;
}
