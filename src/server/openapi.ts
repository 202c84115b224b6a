import { z } from 'zod';
import { ZApiTokenSummary, ZCreateApiTokenInput, ZCreatedApiToken } from '@/schemas/api-token';
import {
  ZBoard,
  ZCloseDealInput,
  ZCreateDealInput,
  ZDealCard,
  ZDealChange,
  ZMoveDealInput,
  ZReopenDealInput,
  ZUpdateDealInput,
  ZVersionedInput,
} from '@/schemas/deal';
import { ZBurnDown, ZCreateWallTokenInput, ZCreatedWallToken, ZWallSnapshot, ZWallTokenSummary } from '@/schemas/wall';
import {
  ZAuditPage,
  ZChangePasswordInput,
  ZCreateHolidayInput,
  ZCreateOfficeInput,
  ZCreateTeamInput,
  ZDeactivatePersonInput,
  ZDeactivation,
  ZExchangeRateTable,
  ZGoalGrid,
  ZGoalUpdateResult,
  ZHoliday,
  ZHolidayImportReport,
  ZImportHolidaysInput,
  ZInvitation,
  ZInvitePersonInput,
  ZOffice,
  ZPasswordLink,
  ZPasswordLinkStatus,
  ZPerson,
  ZPersonUpdate,
  ZRole,
  ZSetPasswordInput,
  ZSetPasswordResult,
  ZSetupInput,
  ZSetupStatus,
  ZTeam,
  ZUpdateExchangeRatesInput,
  ZUpdateGoalsInput,
  ZUpdateOfficeInput,
  ZUpdatePersonInput,
  ZUpdateProfileInput,
  ZUpdateTeamInput,
} from '@/schemas/admin';

import { sprintOperations } from './openapi-sprints';
import { signalOperations } from './openapi-signals';

// The OpenAPI 3.1 document is generated from the same zod schemas the routes parse
// with, so it cannot drift from them. A test checks that every operation listed here
// has a route handler exporting that method, and that every API route is listed.

export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** Query parameters, by name. */
  query?: Record<string, { description: string; schema: z.ZodType }>;
  body?: z.ZodType;
  response: { status: number; schema: z.ZodType; description: string };
  /** Error statuses this operation can answer with, beyond 400 and 401. */
  errors?: number[];
  isPublic?: boolean;
};

const ZError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  details: z.unknown().optional(),
});

const ZSessionUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['REP', 'LEAD', 'MANAGER', 'ADMIN']),
  teamId: z.string().nullable(),
});

const ZDealResult = z.object({ deal: ZDealCard, change: ZDealChange });
const completedMonth = {
  completedMonth: { description: 'Month shown in Completed, YYYY-MM (default: the current month)', schema: z.string() },
};

export const apiOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the app and its database answer',
    tag: 'System',
    isPublic: true,
    response: {
      status: 200,
      description: 'The database answered (503 with a reason when it does not)',
      schema: z.object({ status: z.literal('ok'), db: z.literal('ok') }),
    },
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in user',
    tag: 'People',
    response: { status: 200, description: 'The caller', schema: z.object({ user: ZSessionUser }) },
  },
  {
    method: 'get',
    path: '/api/tokens',
    summary: 'Your personal API tokens',
    tag: 'API tokens',
    response: { status: 200, description: 'Newest first', schema: z.object({ tokens: z.array(ZApiTokenSummary) }) },
  },
  {
    method: 'post',
    path: '/api/tokens',
    summary: 'Create a personal API token (returned once)',
    tag: 'API tokens',
    body: ZCreateApiTokenInput,
    response: { status: 201, description: 'The new token, shown this once', schema: z.object({ token: ZCreatedApiToken }) },
    errors: [422],
  },
  {
    method: 'delete',
    path: '/api/tokens/{tokenId}',
    summary: 'Revoke one of your tokens',
    tag: 'API tokens',
    response: { status: 200, description: 'The revoked token', schema: z.object({ token: ZApiTokenSummary }) },
    errors: [404],
  },
  ...(
    [
      ['team/{teamId}', "A team's board: one lane per rep"],
      ['rep/{userId}', "One rep's deals"],
      ['manager/{userId}', 'Every team a manager manages'],
      ['company', 'Every team (admins)'],
    ] as const
  ).map(
    ([suffix, summary]): Operation => ({
      method: 'get',
      path: `/api/boards/${suffix}`,
      summary,
      tag: 'Board',
      query: completedMonth,
      response: { status: 200, description: 'The board', schema: z.object({ board: ZBoard }) },
      errors: [403, 404],
    }),
  ),
  {
    method: 'post',
    path: '/api/deals',
    summary: 'Create a deal',
    tag: 'Deals',
    body: ZCreateDealInput,
    response: { status: 201, description: 'The new deal and its CREATED event', schema: ZDealResult },
    errors: [403, 422],
  },
  {
    method: 'get',
    path: '/api/deals/{dealId}',
    summary: 'A deal with its whole history',
    tag: 'Deals',
    response: {
      status: 200,
      description: 'The deal and every change to it, oldest first',
      schema: z.object({ deal: ZDealCard, history: z.array(ZDealChange) }),
    },
    errors: [404],
  },
  {
    method: 'patch',
    path: '/api/deals/{dealId}',
    summary: 'Edit a deal',
    tag: 'Deals',
    body: ZUpdateDealInput,
    response: { status: 200, description: 'The updated deal', schema: ZDealResult },
    errors: [403, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/deals/{dealId}',
    summary: 'Delete a deal (soft: restore undoes it)',
    tag: 'Deals',
    body: ZVersionedInput,
    query: { version: { description: 'Alternative to the body: the version the delete is based on', schema: z.string() } },
    response: { status: 200, description: 'The deleted deal', schema: ZDealResult },
    errors: [403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/deals/{dealId}/move',
    summary: 'Move a deal to another open column, position or rep',
    tag: 'Deals',
    body: ZMoveDealInput,
    response: { status: 200, description: 'The moved deal', schema: ZDealResult },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/deals/{dealId}/close',
    summary: 'Complete a deal as won or lost',
    tag: 'Deals',
    body: ZCloseDealInput,
    response: { status: 200, description: 'The closed deal', schema: ZDealResult },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/deals/{dealId}/reopen',
    summary: 'Reopen a completed deal',
    tag: 'Deals',
    body: ZReopenDealInput,
    response: { status: 200, description: 'The reopened deal', schema: ZDealResult },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/deals/{dealId}/restore',
    summary: 'Restore a deleted deal',
    tag: 'Deals',
    body: ZVersionedInput,
    response: { status: 200, description: 'The restored deal', schema: ZDealResult },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/api/wall',
    summary: 'The pacing wall: a bar per rep, team and office against the month’s goal',
    tag: 'Wall',
    query: {
      officeId: { description: 'One office’s wall (default: the company’s)', schema: z.string() },
      month: { description: 'YYYY-MM (default: the current month)', schema: z.string() },
    },
    response: { status: 200, description: 'The wall’s figures', schema: z.object({ snapshot: ZWallSnapshot }) },
    errors: [404, 422],
  },
  {
    method: 'get',
    path: '/api/wall/burn-down',
    summary: 'The 2D burn-down of a rep, team, office or the company',
    tag: 'Wall',
    query: {
      kind: { description: 'rep, team, office or company', schema: z.enum(['rep', 'team', 'office', 'company']) },
      id: { description: 'The rep’s, team’s or office’s id (not needed for the company)', schema: z.string() },
      month: { description: 'YYYY-MM (default: the current month)', schema: z.string() },
    },
    response: { status: 200, description: 'One point per day of the month', schema: z.object({ burnDown: ZBurnDown }) },
    errors: [404, 422],
  },
  {
    method: 'get',
    path: '/api/tv/{token}',
    summary: 'The wall a read-only TV link shows (no session)',
    tag: 'Wall',
    isPublic: true,
    response: { status: 200, description: 'The wall’s figures', schema: z.object({ snapshot: ZWallSnapshot }) },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/wall-tokens',
    summary: 'The TV links you manage',
    tag: 'Wall',
    response: { status: 200, description: 'Newest first', schema: z.object({ tokens: z.array(ZWallTokenSummary) }) },
  },
  {
    method: 'post',
    path: '/api/wall-tokens',
    summary: 'Make a read-only TV link (admins; team leads for their own office)',
    tag: 'Wall',
    body: ZCreateWallTokenInput,
    response: { status: 201, description: 'The link, shown this once', schema: z.object({ token: ZCreatedWallToken }) },
    errors: [403, 422],
  },
  {
    method: 'delete',
    path: '/api/wall-tokens/{tokenId}',
    summary: 'Revoke a TV link; screens showing it disconnect',
    tag: 'Wall',
    response: { status: 200, description: 'The revoked link', schema: z.object({ token: ZWallTokenSummary }) },
    errors: [404],
  },
];

const administration = 'Administration';
const monthRange = {
  from: { description: 'First month, YYYY-MM', schema: z.string() },
  to: { description: 'Last month, YYYY-MM', schema: z.string() },
};

/** First-run setup, self-service settings, and the admin screens (item: administration). */
const administrationOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/setup',
    summary: 'Whether the installation still needs its first admin (no users yet)',
    tag: administration,
    isPublic: true,
    response: { status: 200, description: 'needed is true only while no user exists', schema: ZSetupStatus },
  },
  {
    method: 'post',
    path: '/api/setup',
    summary: 'First run: create the organisation and its first admin',
    tag: administration,
    isPublic: true,
    body: ZSetupInput,
    response: {
      status: 201,
      description: 'The organisation and the admin',
      schema: z.object({ organization: z.object({ id: z.string(), name: z.string(), reportingCurrency: z.string() }), user: ZPerson }),
    },
    errors: [409],
  },
  {
    method: 'get',
    path: '/api/setup/password',
    summary: 'Whether a one-time set-password link works, and whose it is',
    tag: administration,
    isPublic: true,
    query: { token: { description: 'The token from the link /set-password/<token>', schema: z.string() } },
    response: { status: 200, description: 'valid, or why not', schema: ZPasswordLinkStatus },
  },
  {
    method: 'post',
    path: '/api/setup/password',
    summary: 'Set a password through a one-time link (invitation or reset)',
    tag: administration,
    isPublic: true,
    body: ZSetPasswordInput,
    response: { status: 200, description: 'The password is set; sign in with this email', schema: ZSetPasswordResult },
    errors: [404, 422],
  },
  {
    method: 'patch',
    path: '/api/me/profile',
    summary: 'Change your own name',
    tag: administration,
    body: ZUpdateProfileInput,
    response: { status: 200, description: 'You, as now', schema: z.object({ user: ZSessionUser }) },
  },
  {
    method: 'post',
    path: '/api/me/password',
    summary: 'Change your own password',
    tag: administration,
    body: ZChangePasswordInput,
    response: { status: 200, description: 'Changed', schema: z.object({ changed: z.literal(true) }) },
    errors: [422],
  },
  {
    method: 'get',
    path: '/api/admin/time-zones',
    summary: 'Every IANA time zone the server knows',
    tag: administration,
    response: { status: 200, description: 'Sorted', schema: z.object({ timeZones: z.array(z.string()) }) },
  },
  {
    method: 'get',
    path: '/api/admin/offices',
    summary: 'Every office (admins)',
    tag: administration,
    response: { status: 200, description: 'By name', schema: z.object({ offices: z.array(ZOffice) }) },
    errors: [403],
  },
  {
    method: 'post',
    path: '/api/admin/offices',
    summary: 'Add an office (admins)',
    tag: administration,
    body: ZCreateOfficeInput,
    response: { status: 201, description: 'The new office', schema: z.object({ office: ZOffice }) },
    errors: [403, 409],
  },
  {
    method: 'patch',
    path: '/api/admin/offices/{officeId}',
    summary: "Change an office's settings (admins)",
    tag: administration,
    body: ZUpdateOfficeInput,
    response: { status: 200, description: 'The office', schema: z.object({ office: ZOffice }) },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/api/admin/offices/{officeId}/holidays',
    summary: "An office's holidays (admins)",
    tag: administration,
    response: { status: 200, description: 'Oldest first', schema: z.object({ holidays: z.array(ZHoliday) }) },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/api/admin/offices/{officeId}/holidays',
    summary: 'Add one holiday (admins)',
    tag: administration,
    body: ZCreateHolidayInput,
    response: { status: 201, description: 'The holiday', schema: z.object({ holiday: ZHoliday }) },
    errors: [403, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/admin/offices/{officeId}/holidays/{holidayId}',
    summary: 'Remove one holiday (admins)',
    tag: administration,
    response: { status: 200, description: 'The removed holiday', schema: z.object({ holiday: ZHoliday }) },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/api/admin/offices/{officeId}/holidays/import',
    summary: 'Import holidays from .ics or CSV text; nothing is written if any line is invalid (admins)',
    tag: administration,
    body: ZImportHolidaysInput,
    response: { status: 200, description: 'How many were added and skipped (422 with the report in details when a line is invalid)', schema: ZHolidayImportReport },
    errors: [403, 404, 422],
  },
  {
    method: 'get',
    path: '/api/admin/teams',
    summary: 'Teams (admins all; managers and leads their own)',
    tag: administration,
    query: { officeId: { description: 'Only this office’s teams', schema: z.string() } },
    response: { status: 200, description: 'By office and name', schema: z.object({ teams: z.array(ZTeam) }) },
    errors: [403],
  },
  {
    method: 'post',
    path: '/api/admin/teams',
    summary: 'Add a team (admins)',
    tag: administration,
    body: ZCreateTeamInput,
    response: { status: 201, description: 'The new team', schema: z.object({ team: ZTeam }) },
    errors: [403, 409, 422],
  },
  {
    method: 'patch',
    path: '/api/admin/teams/{teamId}',
    summary: "Change a team's settings, lead or manager (admins)",
    tag: administration,
    body: ZUpdateTeamInput,
    response: { status: 200, description: 'The team', schema: z.object({ team: ZTeam }) },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/api/admin/people',
    summary: 'People (admins everyone; managers the people of the teams they manage)',
    tag: administration,
    query: {
      teamId: { description: 'Only this team', schema: z.string() },
      role: { description: 'Only this role', schema: ZRole },
      active: { description: 'true or false', schema: z.enum(['true', 'false']) },
    },
    response: { status: 200, description: 'By name', schema: z.object({ people: z.array(ZPerson) }) },
    errors: [403],
  },
  {
    method: 'post',
    path: '/api/admin/people',
    summary: 'Invite a person; returns their one-time set-password link (7 days)',
    tag: administration,
    body: ZInvitePersonInput,
    response: { status: 201, description: 'The person and the link, shown this once', schema: ZInvitation },
    errors: [403, 409, 422],
  },
  {
    method: 'patch',
    path: '/api/admin/people/{userId}',
    summary: 'Change a person’s name, colour, start date, role or team (a team move keeps history)',
    tag: administration,
    body: ZUpdatePersonInput,
    response: { status: 200, description: 'The person, and what moved with them', schema: ZPersonUpdate },
    errors: [403, 404, 422],
  },
  {
    method: 'post',
    path: '/api/admin/people/{userId}/deactivate',
    summary: 'Deactivate a person and hand their open deals to someone else',
    tag: administration,
    body: ZDeactivatePersonInput,
    response: { status: 200, description: 'The person, now inactive', schema: ZDeactivation },
    errors: [403, 404, 422],
  },
  {
    method: 'post',
    path: '/api/admin/people/{userId}/password-reset',
    summary: 'A new one-time set-password link (24 hours); older links stop working',
    tag: administration,
    response: { status: 201, description: 'The link, shown this once', schema: z.object({ link: ZPasswordLink }) },
    errors: [403, 404, 422],
  },
  {
    method: 'get',
    path: '/api/admin/goals',
    summary: 'The monthly goal grid of a team or an office',
    tag: administration,
    query: {
      teamId: { description: 'A team (or officeId)', schema: z.string() },
      officeId: { description: 'An office (or teamId)', schema: z.string() },
      ...monthRange,
    },
    response: { status: 200, description: 'A row per person, a cell per month (minor units or null)', schema: ZGoalGrid },
    errors: [403, 404, 422],
  },
  {
    method: 'put',
    path: '/api/admin/goals',
    summary: 'Set, change or clear monthly goals (past months need confirmPastMonths)',
    tag: administration,
    body: ZUpdateGoalsInput,
    response: { status: 200, description: 'How many goals changed', schema: ZGoalUpdateResult },
    errors: [403, 409, 422],
  },
  {
    method: 'get',
    path: '/api/admin/exchange-rates',
    summary: 'Monthly exchange rates into the reporting currency (admins)',
    tag: administration,
    query: monthRange,
    response: { status: 200, description: 'A row per currency, a cell per month', schema: ZExchangeRateTable },
    errors: [403, 422],
  },
  {
    method: 'put',
    path: '/api/admin/exchange-rates',
    summary: 'Record monthly exchange rates (admins)',
    tag: administration,
    body: ZUpdateExchangeRatesInput,
    response: { status: 200, description: 'How many rates changed', schema: z.object({ updated: z.number() }) },
    errors: [403, 422],
  },
  {
    method: 'get',
    path: '/api/admin/audit',
    summary: 'The audit log, newest first (admins)',
    tag: administration,
    query: {
      actorId: { description: 'Only changes by this user', schema: z.string() },
      objectType: { description: 'e.g. Office, Team, User, MonthlyGoal, ExchangeRate, Holiday', schema: z.string() },
      objectId: { description: 'Only changes to this object', schema: z.string() },
      limit: { description: '1 to 200 (default 50)', schema: z.string() },
      before: { description: 'nextBefore of the previous page', schema: z.string() },
    },
    response: { status: 200, description: 'One page of entries', schema: ZAuditPage },
    errors: [403, 422],
  },
];
apiOperations.push(...administrationOperations, ...sprintOperations, ...signalOperations);

const errorDescriptions: Record<number, string> = {
  400: 'The input is malformed; `error.issues` names each field',
  401: 'No valid session or API token',
  403: 'Your role does not allow this',
  404: 'Not found, or not visible to you',
  409: 'Based on a stale version: `details.deal` is the deal as it is now',
  422: 'The request breaks a rule (for example, moving a completed deal)',
  503: 'The database did not answer',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of apiOperations) {
    const responses: Record<string, unknown> = {
      [operation.response.status]: {
        description: operation.response.description,
        content: { 'application/json': { schema: jsonSchema(operation.response.schema, 'output') } },
      },
    };
    const errorStatuses = [...new Set([400, ...(operation.isPublic ? [] : [401]), ...(operation.errors ?? [])])];
    for (const status of errorStatuses) {
      responses[status] = {
        description: errorDescriptions[status] ?? 'Error',
        content: { 'application/json': { schema: jsonSchema(ZError, 'output') } },
      };
    }
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      tags: [operation.tag],
      operationId: `${operation.method}${operation.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, letter: string) => letter.toUpperCase())}`,
      parameters: [
        ...pathParameters(operation.path),
        ...Object.entries(operation.query ?? {}).map(([name, parameter]) => ({
          name,
          in: 'query',
          required: false,
          description: parameter.description,
          schema: jsonSchema(parameter.schema, 'input'),
        })),
        ...(operation.body && operation.method !== 'get'
          ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' }, description: 'Alternative to the body field idempotencyKey' }]
          : []),
      ].filter((parameter) => operation.path.includes('deals') || parameter.in !== 'header'),
      ...(operation.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(operation.body, 'input') } } } }
        : {}),
      responses,
      ...(operation.isPublic ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cadence API',
      version: '1.0.0',
      description:
        'The JSON API behind the Cadence deal board. Authenticate with the browser session or a personal API token sent as `Authorization: Bearer <token>`. Money is in integer minor units beside its ISO 4217 currency; instants are ISO 8601 in UTC. Every change to a deal carries the `version` it was based on (409 when stale) and may carry an idempotency key.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (cad_…)' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
      },
    },
    paths,
  };
}
