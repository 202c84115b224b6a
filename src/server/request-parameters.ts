import type { z } from 'zod';
import { defaultPathParameters, type HttpMethod, type OperationDescription, type RouteDescription } from './openapi/describe-route';

// The one way a route reads its query string, path parameters and headers: through the
// zod schemas its own openapi.ts documents (issue #20), so that what the document says a
// parameter is and what the server accepts cannot differ. A value that breaks its schema
// throws a ZodError, which the route wrapper answers with 400 and the field's name.
//
// An empty query value counts as absent (`?month=` is no month; `DELETE ?version=` leaves
// the body's version alone). Of a repeated query parameter the first value counts.

type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : Record<string, never>;

/** `/api/teams/{teamId}/sprints/{sprintId}` → 'teamId' | 'sprintId'. */
type PathNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathNames<Rest> : never;

export type RequestParameters<Operation extends OperationDescription, Path extends string> = {
  path: Operation['path'] extends z.ZodType ? z.output<Operation['path']> : Record<PathNames<Path>, string>;
  query: Parsed<Operation['query']>;
  headers: Parsed<Operation['headers']>;
};

/** The route's context as Next.js passes it, or its parameters already read (a `userRoute`'s `params`). */
type RouteContext = { params?: Promise<Record<string, string | string[]>> | Record<string, string | string[]> } | undefined;

function queryOf(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) if (value !== '' && !(name in query)) query[name] = value;
  return query;
}

function headersOf(request: Request, schema: z.ZodObject): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = request.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return headers;
}

/** The path, query and header parameters of `method` on `route`, parsed with the schemas its document states. */
export async function readParameters<Route extends RouteDescription, Method extends HttpMethod & keyof Route['operations']>(
  request: Request,
  route: Route,
  method: Method,
  context?: RouteContext,
): Promise<RequestParameters<NonNullable<Route['operations'][Method]> & OperationDescription, Route['path']>> {
  const operation = route.operations[method] as OperationDescription | undefined;
  if (!operation) throw new Error(`${route.path} documents no ${method.toUpperCase()}`);
  const pathSchema = operation.path ?? defaultPathParameters(route.path);
  const params = context?.params ? await context.params : {};
  return {
    path: pathSchema ? pathSchema.parse(params) : {},
    query: operation.query ? operation.query.parse(queryOf(request)) : {},
    headers: operation.headers ? operation.headers.parse(headersOf(request, operation.headers)) : {},
  } as RequestParameters<NonNullable<Route['operations'][Method]> & OperationDescription, Route['path']>;
}
