import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updateRetroNote } from '@/server/use-cases/update-retro-note';
import { deleteRetroNote } from '@/server/use-cases/delete-retro-note';

export const dynamic = 'force-dynamic';

// PATCH /api/notes/:noteId — change a note's kind, text or tags.
export const PATCH = userRoute<{ noteId: string }>(async ({ actor, params: { noteId }, request }) =>
  Response.json(await updateRetroNote({ actor, noteId, input: await readJson(request) })),
);

// DELETE /api/notes/:noteId — remove a note.
export const DELETE = userRoute<{ noteId: string }>(async ({ actor, params: { noteId } }) =>
  Response.json(await deleteRetroNote({ actor, noteId })),
);
