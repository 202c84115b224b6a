import { userRoute } from '@/server/user-route';
import { getBoard } from '@/server/use-cases/get-board';

/** A GET handler for one kind of board; `?completedMonth=YYYY-MM` picks the month shown in Completed. */
export function boardRoute<Parameters extends Record<string, string>>(scopeOf: (parameters: Parameters) => unknown) {
  return userRoute<Parameters>(async ({ actor, params, request }) => {
    const completedMonth = new URL(request.url).searchParams.get('completedMonth');
    return Response.json({ board: await getBoard({ actor, scope: scopeOf(params), completedMonth }) });
  });
}
