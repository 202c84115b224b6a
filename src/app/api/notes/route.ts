import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { readQuery } from '@/server/admin/search-params';
import { searchNotes } from '@/server/use-cases/search-notes';

export const dynamic = 'force-dynamic';

// GET /api/notes?q=&tag=&teamId= — retrospective notes from every team, and the tags in use.
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await searchNotes({ actor, query: readQuery(request) }));
});
