import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { searchNotes } from '@/server/use-cases/search-notes';

export const dynamic = 'force-dynamic';

// GET /api/notes?q=&tag=&teamId= — retrospective notes from every team, and the tags in use.
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await searchNotes({ actor, query: readQuery(request) })),
);
