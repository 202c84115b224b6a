import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getBoard } from '@/server/use-cases/get-board';

/** A GET handler for one kind of board; `?completedMonth=YYYY-MM` picks the month shown in Completed. */
export function boardRoute<Parameters>(scopeOf: (parameters: Parameters) => unknown) {
  return handleErrors(async (request: Request, context: { params: Promise<Parameters> }) => {
    const actor = await requireUser(request);
    const completedMonth = new URL(request.url).searchParams.get('completedMonth');
    const board = await getBoard({ actor, scope: scopeOf(await context.params), completedMonth });
    return Response.json({ board });
  });
}
