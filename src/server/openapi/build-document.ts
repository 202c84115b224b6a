import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { ZApiErrorBody } from '@/schemas/api-error';
import { apiTags, defaultPathParameters, httpMethods, type OperationDescription, type RouteDescription } from './describe-route';

// Assembles the OpenAPI 3.1 document from the routes' own descriptions (describe-route.ts)
// with zod-openapi. Schemas that carry `.meta({ id })` (ErrorBody, DealCard, Board, …)
// become components and are referenced with $ref.

const errorMeaning: Record<number, string> = {
  400: 'The input is malformed: `error.issues` names each refused field',
  401: 'No valid session or API token',
  403: 'Your role does not allow this',
  404: 'Not found, or not visible to you',
  409: 'Conflicts with the current state',
  413: 'The body is too large',
  415: 'The body is not JSON',
  422: 'The request is well formed but breaks a rule',
  429: 'Too many requests: wait for the number of seconds in Retry-After',
  503: 'The database did not answer; try again shortly',
};

function errorResponse(status: number, description?: string) {
  return {
    description: description ?? errorMeaning[status] ?? 'Error',
    content: { 'application/json': { schema: ZApiErrorBody } },
  };
}

/** `/api/deals/{dealId}/move` + post → `postApiDealsDealIdMove`. */
export function operationIdOf(method: string, path: string): string {
  return `${method}${path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}



function toOperation(path: string, method: string, operation: OperationDescription): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status as `${1 | 2 | 3 | 4 | 5}${string}`] = {
      description: response.description,
      ...(response.headers ? { headers: response.headers } : {}),
      content: Object.fromEntries([response.contentType ?? 'application/json'].flat().map((type) => [type, { schema: response.schema }])),
    };
  }
  const hasInput = Boolean(operation.query || operation.body || operation.headers);
  const errors: Record<number, string | undefined> = {
    ...(hasInput ? { 400: undefined } : {}),
    ...(operation.isPublic ? {} : { 401: undefined }),
    ...operation.errors,
    503: undefined,
  };
  for (const [status, description] of Object.entries(errors)) {
    if (status in responses) continue;
    responses[status as `4${string}`] = errorResponse(Number(status), description);
  }
  const pathParameters = operation.path ?? defaultPathParameters(path);
  return {
    operationId: operationIdOf(method, path),
    summary: operation.summary,
    description: operation.description,
    tags: [operation.tag],
    ...(pathParameters || operation.query || operation.headers
      ? {
          requestParams: {
            ...(pathParameters ? { path: pathParameters } : {}),
            ...(operation.query ? { query: operation.query } : {}),
            ...(operation.headers ? { header: operation.headers } : {}),
          },
        }
      : {}),
    ...(operation.body
      ? { requestBody: { required: operation.isBodyRequired ?? true, content: { [operation.bodyContentType ?? 'application/json']: { schema: operation.body } } } }
      : {}),
    responses,
    ...(operation.isPublic ? { security: [] } : {}),
  };
}

export function buildOpenApiDocument(routes: readonly RouteDescription[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const item: Record<string, ZodOpenApiOperationObject> = {};
    for (const method of httpMethods) {
      const operation = route.operations[method];
      if (operation) item[method] = toOperation(route.path, method, operation);
    }
    paths[route.path] = item;
  }
  const usedTags = new Set(routes.flatMap((route) => Object.values(route.operations).map((operation) => operation.tag)));
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Cadence API',
        version: '1.0.0',
        summary: 'The JSON API behind the Cadence deal board, wall and sprints',
        description:
          'Authenticate with the browser session or a personal API token sent as `Authorization: Bearer <token>`. Money is in integer minor units beside its ISO 4217 currency; instants are ISO 8601 in UTC. Every change to a deal carries the `version` it was based on (409 when stale) and may carry an idempotency key. Errors answer an `ErrorBody`. See docs/api.md in the repository for the conventions.',
        contact: { name: 'Cadence maintainers', url: 'https://github.com/cadence/cadence' },
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      },
      servers: [{ url: '/', description: 'The host that serves this document' }],
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
      tags: Object.entries(apiTags)
        .filter(([name]) => usedTags.has(name as keyof typeof apiTags))
        .map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (`cad_…`), made under Settings → API tokens or POST /api/tokens' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'The browser session after signing in' },
        },
      },
      paths,
    },
  );
}
