import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import type { RouteDescription } from '@/server/openapi/describe-route';
import { readParameters } from '@/server/request-parameters';
import { getBoard } from '@/server/use-cases/get-board';

/**
 * A GET handler for one kind of board; `?completedMonth=YYYY-MM` picks the month shown in
 * Completed. Path and query are read through the route's own documentation.
 */
export function boardRoute(documentation: RouteDescription & { operations: { get: object } }, scopeOf: (parameters: Record<string, string>) => unknown) {
  return handleErrors(async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    const actor = await requireUser(request);
    const { path, query } = await readParameters(request, documentation, 'get', context);
    const completedMonth = (query as { completedMonth?: string }).completedMonth;
    const board = await getBoard({ actor, scope: scopeOf(path as Record<string, string>), completedMonth });
    return Response.json({ board });
  });
}
