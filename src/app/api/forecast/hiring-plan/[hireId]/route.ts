import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { deletePlannedHire } from '@/server/use-cases/delete-planned-hire';
import { updatePlannedHire } from '@/server/use-cases/update-planned-hire';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ hireId: string }> };

// PATCH /api/forecast/hiring-plan/:hireId — change a planned hire.
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { hireId } = await context.params;
  return Response.json({ hire: await updatePlannedHire({ actor, hireId, input: await readJson(request) }) });
});

// DELETE /api/forecast/hiring-plan/:hireId — remove a planned hire.
export const DELETE = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { hireId } = await context.params;
  return Response.json(await deletePlannedHire({ actor, hireId }));
});
