import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { deletePlannedHire } from '@/server/use-cases/delete-planned-hire';
import { updatePlannedHire } from '@/server/use-cases/update-planned-hire';

export const dynamic = 'force-dynamic';

// PATCH /api/forecast/hiring-plan/:hireId — change a planned hire.
export const PATCH = userRoute<{ hireId: string }>(async ({ actor, params: { hireId }, request }) =>
  Response.json({ hire: await updatePlannedHire({ actor, hireId, input: await readJson(request) }) }),
);

// DELETE /api/forecast/hiring-plan/:hireId — remove a planned hire.
export const DELETE = userRoute<{ hireId: string }>(async ({ actor, params: { hireId } }) =>
  Response.json(await deletePlannedHire({ actor, hireId })),
);
