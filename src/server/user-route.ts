import { requireUser } from '@/server/auth/authenticate-request';
import type { SessionUser } from '@/server/auth/session-user';
import { handleErrors } from '@/server/http';

/** What a signed-in route handler works with: the caller, the path parameters and the request. */
export type UserRouteCall<Parameters> = { actor: SessionUser; params: Parameters; request: Request };

/**
 * A route handler for signed-in callers, the shape almost every route under src/app/api
 * has: errors become JSON answers (handleErrors), an unauthenticated caller gets 401
 * before anything else runs, then the path parameters are read and the handler runs.
 * `Parameters` names the route's [segments], e.g. `userRoute<{ teamId: string }>(…)`.
 */
export function userRoute<Parameters extends Record<string, string> = Record<string, never>>(
  handler: (call: UserRouteCall<Parameters>) => Promise<Response>,
) {
  // A route without [segments] may be called with the request alone (as tests do).
  return handleErrors(async (request: Request, context?: { params: Promise<Parameters> }) => {
    const actor = await requireUser(request);
    return handler({ actor, params: (await context?.params) ?? ({} as Parameters), request });
  });
}
