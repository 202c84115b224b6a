import { z } from 'zod';

// How a route documents itself. Beside every `route.ts` under src/app/api sits an
// `openapi.ts` that exports `documentation = describeRoute({ path, tag, operations })`: one
// entry per HTTP method the route exports, with the same zod schemas the handler parses
// with. build-document.ts assembles them (zod-openapi) into the OpenAPI 3.1 document;
// src/server/openapi/api-routes.test.ts fails when a route and its description disagree.
// This module imports only zod: a description never pulls server code in.

export const apiTags = {
  Deals: 'Create, edit, move, close, reopen, delete and restore deals; every change carries the version it was based on.',
  Boards: 'The deal boards of a team, a rep, a manager or the company.',
  Wall: 'The pacing wall, burn-downs, forecasts roll-ups and read-only TV links.',
  Sprints: 'Weekly sprints: forecasts, standups, blockers, retrospectives, notes and action items.',
  Admin: 'Offices, holidays, teams, people, monthly goals, exchange rates and the audit log.',
  Account: 'The signed-in user: who they are, their name and password.',
  Tokens: 'Personal API tokens for scripts and integrations.',
  Setup: 'First run and one-time set-password links; these need no session.',
  System: 'Health of the service.',
  Import: 'Bringing deals and people in from other systems.',
  Integrations: 'Connections to CRMs and other systems.',
  Forecast: 'Revenue simulations and hiring plans.',
} as const;
export type ApiTag = keyof typeof apiTags;

export const httpMethods = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Statuses an operation may answer with an ErrorBody, beyond 400 (input), 401 (auth) and 503 (database), which are added for it. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;
export type SuccessStatus = 200 | 201 | 202;
/** Answers documented with their own body (e.g. the health report's 503) instead of an ErrorBody. */
export type DocumentedStatus = SuccessStatus | 503;

export type SuccessResponse = {
  description: string;
  schema: z.ZodType;
  /** application/json unless given (e.g. text/csv for a download); several when the answer's type depends on the request. */
  contentType?: string | readonly string[];
  /** Response headers, e.g. `Idempotent-Replay`. */
  headers?: z.ZodObject;
};

export type OperationDescription = {
  /** One line, no full stop. */
  summary: string;
  /** What it does, who may call it, and the rules it enforces that the schemas cannot state. */
  description: string;
  tag: ApiTag;
  /** Answers without a session or token (no 401). */
  isPublic?: boolean;
  /** Path parameters; by default each `{name}` of the path is a non-empty string. */
  path?: z.ZodObject;
  /** The query string, as the handler parses it. */
  query?: z.ZodObject;
  headers?: z.ZodObject;
  /** The JSON body, as the handler parses it. */
  body?: z.ZodType;
  /** application/json unless given (multipart/form-data for file uploads). */
  bodyContentType?: string;
  /** False when the body may be left out entirely. */
  isBodyRequired?: boolean;
  responses: Partial<Record<DocumentedStatus, SuccessResponse>>;
  /** Error statuses this operation can answer, each with when. 400 is documented whenever it has input. */
  errors?: Partial<Record<ErrorStatus, string>>;
};

export type RouteDescription = {
  /** The OpenAPI path, e.g. `/api/deals/{dealId}/move`: the folder of route.ts with [x] written {x}. */
  path: string;
  operations: Partial<Record<HttpMethod, OperationDescription>>;
};

/** What an openapi.ts writes: the tag once for the route, which every operation takes, and errors every operation answers (e.g. `403: 'Admins only'`). */
export type RouteDeclaration = {
  path: string;
  tag: ApiTag;
  errors?: OperationDescription['errors'];
  operations: Partial<Record<HttpMethod, Omit<OperationDescription, 'tag'>>>;
};

type Tagged<Operations> = { [Method in keyof Operations]: Operations[Method] & { tag: ApiTag } };

export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Path parameters when an operation names none: each `{name}` of the path, a non-empty string. */
export function defaultPathParameters(path: string): z.ZodObject | undefined {
  const names = pathParameterNames(path);
  if (names.length === 0) return undefined;
  return z.object(Object.fromEntries(names.map((name) => [name, z.string().min(1).meta({ description: `The ${name.replace(/Id$/, '')}'s id` })])));
}

/** Declares the operations of one route module, each under the route's tag and with the route's errors beside its own (typed; the path stays a literal, for its parameters' names). */
export function describeRoute<T extends RouteDeclaration, Path extends string>(
  route: T & { path: Path },
): { path: Path; operations: Tagged<T['operations']> } {
  const operations = Object.fromEntries(Object.entries(route.operations).map(([method, operation]) => [method, { ...operation, tag: route.tag, ...(route.errors || operation.errors ? { errors: { ...route.errors, ...operation.errors } } : {}) }]));
  return { path: route.path, operations: operations as unknown as Tagged<T['operations']> };
}

/** A success answer: its description and body, the body a schema or the fields of an object (`{ note: ZRetroNote }` for `z.object({ note: ZRetroNote })`). */
function answer(description: string, body: z.ZodType | z.ZodRawShape): SuccessResponse {
  return { description, schema: body instanceof z.ZodType ? body : z.object(body) };
}

/** `responses: ok('The note', { note: ZRetroNote })`: the operation answers 200 with that body. */
export function ok(description: string, body: z.ZodType | z.ZodRawShape) {
  return { 200: answer(description, body) };
}

/** `responses: created('The note', { note: ZRetroNote })`: the operation answers 201 with that body. */
export function created(description: string, body: z.ZodType | z.ZodRawShape) {
  return { 201: answer(description, body) };
}

/** Errors several routes answer for the same reason, worded once: `errors: { ...adminsOnly, ...noSuchOffice }`. */
export const adminsOnly = { 403: 'Admins only' } as const;
export const notYourTeam = { 403: 'Not your team' } as const;
export const leadsOnly = { 403: 'Only the team’s lead, manager or an admin' } as const;
export const noSuchSprint = { 404: 'No such team or sprint' } as const;
export const noSuchOffice = { 404: 'No such office' } as const;
export const noSuchTeam = { 404: 'No such team' } as const;
export const noSuchPerson = { 404: 'No such person' } as const;
export const noSuchConnection = { 404: 'No such connection' } as const;
/** Every route of one CRM connection under /api/admin/integrations: admins only, and 404 for a connection that is not there. */
export const connectionAdminsOnly = { ...adminsOnly, ...noSuchConnection } as const;
export const adminsAndManagersOnly = { 403: 'Not an admin or manager' } as const;
/** The hiring plan: admins for any team, managers for the teams they manage. */
export const managersOfTheTeamOnly = { 403: 'Not an admin, or not the team’s manager' } as const;
export const hireNotPlannable = { 422: 'Unknown team or person, or a start in the past' } as const;
export const figuresNotAddable = { 422: 'The figures cannot be added up (e.g. a goal in another currency without an exchange rate)' } as const;
export const paceNotAddable = { 422: 'The pace figures cannot be added up (e.g. a goal in a currency without an exchange rate that month)' } as const;

/** The Idempotency-Key header the deal writes accept (the body's idempotencyKey wins when both are sent). */
export const ZIdempotencyKeyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .min(8)
    .max(100)
    .optional()
    .meta({
      description:
        'Send the same key again when retrying, and the change is applied once: a replay answers 200 with the first result and `Idempotent-Replay: true`; the same key with a different request answers 422. 8 to 100 characters; alternative to the body field `idempotencyKey` (the body wins).',
    }),
});

export const ZReplayHeaders = z.object({
  'Idempotent-Replay': z
    .literal('true')
    .optional()
    .meta({ description: 'Present when this answer repeats the result of an earlier request with the same idempotency key' }),
});
