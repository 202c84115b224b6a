import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { getGoalGrid } from '@/server/use-cases/get-goal-grid';
import { updateGoals } from '@/server/use-cases/update-goals';

export const dynamic = 'force-dynamic';

// GET /api/admin/goals?teamId=|officeId=&from=&to= — the goal grid of a team or an office.
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await getGoalGrid({ actor, query: readQuery(request) })),
);

// PUT /api/admin/goals — set, change or clear goals; past months need confirmPastMonths (else 409).
export const PUT = userRoute(async ({ actor, request }) =>
  Response.json(await updateGoals({ actor, input: await readJson(request) })),
);
