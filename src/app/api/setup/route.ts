import { handleErrors, readJson } from '@/server/http';
import { getSetupStatus } from '@/server/use-cases/get-setup-status';
import { setUpOrganization } from '@/server/use-cases/set-up-organization';

export const dynamic = 'force-dynamic';

// GET /api/setup — public: whether the installation still needs its first admin.
export const GET = handleErrors(async () => Response.json(await getSetupStatus(), { headers: { 'cache-control': 'no-store' } }));

// POST /api/setup — public, first run only: create the organisation and its first admin.
export const POST = handleErrors(async (request: Request) => {
  const result = await setUpOrganization({ input: await readJson(request) });
  return Response.json(result, { status: 201 });
});
