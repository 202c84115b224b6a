import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updateRetroNote } from '@/server/use-cases/update-retro-note';
import { deleteRetroNote } from '@/server/use-cases/delete-retro-note';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ noteId: string }> };

// PATCH /api/notes/:noteId — change a note's kind, text or tags.
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { noteId } = await context.params;
  return Response.json(await updateRetroNote({ actor, noteId, input: await readJson(request) }));
});

// DELETE /api/notes/:noteId — remove a note.
export const DELETE = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { noteId } = await context.params;
  return Response.json(await deleteRetroNote({ actor, noteId }));
});
