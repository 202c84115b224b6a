import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { readQuery } from '@/server/admin/search-params';
import { getGoalGrid } from '@/server/use-cases/get-goal-grid';
import { updateGoals } from '@/server/use-cases/update-goals';

export const dynamic = 'force-dynamic';

// GET /api/admin/goals?teamId=|officeId=&from=&to= — the goal grid of a team or an office.
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await getGoalGrid({ actor, query: readQuery(request) }));
});

// PUT /api/admin/goals — set, change or clear goals; past months need confirmPastMonths (else 409).
export const PUT = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await updateGoals({ actor, input: await readJson(request) }));
});
