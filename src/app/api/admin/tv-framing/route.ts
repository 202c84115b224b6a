import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { getTvFraming } from '@/server/use-cases/get-tv-framing';
import { updateTvFraming } from '@/server/use-cases/update-tv-framing';

export const dynamic = 'force-dynamic';

// GET /api/admin/tv-framing — the origins that may show TV pages in a frame (admins).
export const GET = userRoute(async ({ actor }) => Response.json(await getTvFraming({ actor })));

// PUT /api/admin/tv-framing — replace that list (admins; audited).
export const PUT = userRoute(async ({ actor, request }) =>
  Response.json(await updateTvFraming({ actor, input: await readJson(request) })),
);
