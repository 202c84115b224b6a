import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getOpenApiDocument } from '@/app/api/openapi-document';
import { seedDemoData } from '@/server/demo-seed';
import { loadSessionUser } from '@/server/auth/session-user';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { createWallToken } from '@/server/use-cases/create-wall-token';
import { arbitraryFor, invalidBodyFor, wrongValueFor, type JsonSchema, type SchemaContext } from './schema-arbitrary';
import { createResponseValidator } from './openapi-validator';
import { useTestDatabase } from '../setup/test-database';
import type { Database } from '@/server/db';

// The contract test (run by tests/integration/api-contract-*.test.ts, one file per role so
// that the two run side by side): for every operation of the OpenAPI document, for an admin
// and for a rep, requests generated from the document itself (valid ones, and ones with a mistake)
// go to the real route handlers on a database seeded with the demo organisation. Every
// answer must be below 500, have a status the document lists for the operation, and a
// body its schema allows. Ids come from the seeded rows, so requests reach past 404s.


const casesPerOperationAndRole = Number(process.env.CONTRACT_RUNS ?? 30);
const document = getOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, { parameters?: any[]; requestBody?: any; responses: Record<string, unknown>; security?: unknown[] }>>;
  components: unknown;
};
const checkResponse = createResponseValidator(document as never);
const routeModules = import.meta.glob<Record<string, unknown>>('/src/app/api/**/route.ts');

export type Role = 'admin' | 'rep';
type Pools = Record<string, string[]>;
type SprintContext = { teamId: string; sprintId: string; userId: string };

let bearer: Record<Role, string>;
let actorIds: string[];
let pools: Pools;
let sprintContexts: SprintContext[];
let repSprintContexts: SprintContext[];
let holidayContexts: { officeId: string; holidayId: string }[];

function sample<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

/** Seeds the demo organisation once for the file and gathers the ids the requests draw from. */
function seedOnce(database: () => Database) {
  beforeAll(async () => {
    const prisma = database().prisma;
    await seedDemoData(prisma);
    const admin = await prisma.user.findFirstOrThrow({ where: { role: 'ADMIN', active: true }, orderBy: { email: 'asc' } });
    const rep = await prisma.user.findFirstOrThrow({ where: { role: 'REP', active: true, teamId: { not: null } }, orderBy: { email: 'asc' } });
    actorIds = [admin.id, rep.id];
    const adminUser = (await loadSessionUser(admin.id))!;
    const repUser = (await loadSessionUser(rep.id))!;
    bearer = {
      admin: (await createApiToken({ actor: adminUser, input: { name: 'contract admin' } })).token,
      rep: (await createApiToken({ actor: repUser, input: { name: 'contract rep' } })).token,
    };
    const officeWall = await createWallToken({
      actor: adminUser,
      input: { name: 'Contract TV', scope: 'OFFICE', officeId: (await prisma.office.findFirstOrThrow()).id },
    });
    await createApiToken({ actor: repUser, input: { name: 'revocable' } });
    const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
    const users = await prisma.user.findMany({ select: { id: true, teamId: true }, orderBy: { id: 'asc' } });
    const sprints = await prisma.sprint.findMany({ select: { id: true, officeId: true }, orderBy: { startsOn: 'desc' }, take: 30 });
    const teams = await prisma.team.findMany({ select: { id: true, officeId: true } });
    const repDeals = await ids(prisma.deal.findMany({ where: { ownerId: rep.id }, select: { id: true }, take: 10 }));
    pools = {
      dealId: [...repDeals, ...sample(await ids(prisma.deal.findMany({ select: { id: true }, orderBy: { id: 'asc' } })), 20)],
      teamId: await ids(prisma.team.findMany({ select: { id: true } })),
      officeId: await ids(prisma.office.findMany({ select: { id: true } })),
      userId: [...actorIds, ...sample(users.map((user) => user.id), 15)],
      tokenId: [
        ...(await ids(prisma.apiToken.findMany({ where: { name: 'revocable' }, select: { id: true } }))),
        ...(await ids(prisma.wallToken.findMany({ select: { id: true } }))),
      ],
      token: [officeWall.token],
      blockerId: await ids(prisma.blocker.findMany({ select: { id: true }, take: 10 })),
      noteId: await ids(prisma.retroNote.findMany({ select: { id: true }, take: 10 })),
      itemId: await ids(prisma.actionItem.findMany({ select: { id: true }, take: 10 })),
      sprintId: sprints.map((sprint) => sprint.id),
      holidayId: await ids(prisma.holiday.findMany({ select: { id: true }, take: 10 })),
    };
    // Ids in bodies and queries under other names.
    for (const name of ['ownerId', 'leadId', 'managerId', 'handOverToUserId', 'actorId']) pools[name] = pools.userId!;
    for (const name of ['afterDealId', 'beforeDealId']) pools[name] = pools.dealId!;
    pools.objectId = [...pools.dealId!.slice(0, 3), ...pools.teamId!.slice(0, 3)];
    sprintContexts = sprints.flatMap((sprint) =>
      teams
        .filter((team) => team.officeId === sprint.officeId)
        .map((team) => ({ teamId: team.id, sprintId: sprint.id, userId: users.find((user) => user.teamId === team.id)?.id ?? rep.id })),
    );
    repSprintContexts = sprintContexts.filter((context) => context.teamId === rep.teamId).map((context) => ({ ...context, userId: rep.id }));
    holidayContexts = (await prisma.holiday.findMany({ select: { id: true, officeId: true }, take: 10 })).map((row) => ({
      officeId: row.officeId,
      holidayId: row.id,
    }));
  }, 120_000);
}

function contextFor(apiPath: string): SchemaContext {
  // People an admin may change or deactivate: never the two who run this test.
  const people = apiPath.startsWith('/api/admin/people/{userId}');
  return {
    document,
    idsFor: (name) => {
      let pool = pools[name];
      if (people && name === 'userId') pool = pool?.filter((id) => !actorIds.includes(id));
      return pool && pool.length > 0 ? fc.constantFrom(...pool) : undefined;
    },
  };
}

type GeneratedRequest = { path: Record<string, string>; query: Record<string, string>; headers: Record<string, string>; body?: unknown };

function pathArbitrary(apiPath: string, parameters: any[], context: SchemaContext, role: Role): fc.Arbitrary<Record<string, string>> {
  const names = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name as string);
  const anyText = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => value.trim() !== '' && value !== '.' && value !== '..');
  // A parameter without a pool of ids takes the values its own schema allows (an enum of file names, say).
  const ownValues = (name: string) => {
    const schema = parameters.find((parameter) => parameter.in === 'path' && parameter.name === name)?.schema as JsonSchema | undefined;
    const isOpenString = !schema || (schema.type === 'string' && !schema.enum && !schema.pattern);
    return isOpenString ? anyText : arbitraryFor(schema, context, name).map(toText).filter((value) => value !== '' && !value.includes('/'));
  };
  const independent = fc.record(Object.fromEntries(names.map((name) => [name, context.idsFor(name) ?? ownValues(name)])));
  const random = fc.record(Object.fromEntries(names.map((name) => [name, anyText])));
  let related: fc.Arbitrary<Record<string, string>> | undefined;
  if (names.includes('sprintId') && sprintContexts.length > 0) {
    // A rep mostly asks about their own team's sprints, so that the run reaches past 403s.
    const contexts = role === 'rep' && repSprintContexts.length > 0 ? [...repSprintContexts, ...repSprintContexts, ...sprintContexts] : sprintContexts;
    related = fc.constantFrom(...contexts).map((sprint) => Object.fromEntries(names.map((name) => [name, sprint[name as keyof SprintContext]])));
  } else if (names.includes('holidayId') && holidayContexts.length > 0) {
    related = fc.constantFrom(...holidayContexts).map((holiday) => ({ ...holiday }));
  }
  return fc.oneof({ weight: 6, arbitrary: related ?? independent }, { weight: 2, arbitrary: independent }, { weight: 1, arbitrary: random });
}

function toText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function requestArbitrary(apiPath: string, method: string, isValid: boolean, role: Role): fc.Arbitrary<GeneratedRequest> {
  const operation = document.paths[apiPath]![method]!;
  const context = contextFor(apiPath);
  const parameters = operation.parameters ?? [];
  const query = parameters.filter((parameter) => parameter.in === 'query');
  const headers = parameters.filter((parameter) => parameter.in === 'header');
  const queryArbitrary = fc.record(
    Object.fromEntries(query.map((parameter) => [parameter.name, arbitraryFor(parameter.schema as JsonSchema, context, parameter.name).map(toText)])),
    // `runs` is always sent, so a simulation never falls back to its default of 10,000 runs (see byName).
    { requiredKeys: query.filter((parameter) => parameter.required || parameter.name === 'runs').map((parameter) => parameter.name) },
  ) as fc.Arbitrary<Record<string, string>>;
  const headerArbitrary = fc.record(
    Object.fromEntries(
      headers.map((parameter) => [
        parameter.name,
        // A header value is visible ASCII (fetch refuses anything else), so that is what is generated.
        fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: parameter.schema.minLength ?? 0, maxLength: parameter.schema.maxLength ?? 40 }),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined;
  const validBody = bodySchema ? arbitraryFor(bodySchema, context) : fc.constant(undefined);
  const valid = fc.record({ path: pathArbitrary(apiPath, parameters, context, role), query: queryArbitrary, headers: headerArbitrary, body: validBody });
  if (isValid) return valid;
  const mistakes: fc.Arbitrary<GeneratedRequest>[] = [];
  if (bodySchema) mistakes.push(valid.chain((request) => invalidBodyFor(bodySchema, context).map((body) => ({ ...request, body }))));
  if (query.length > 0) {
    mistakes.push(
      valid.chain((request) =>
        fc.constantFrom(...query).chain((parameter) =>
          parameter.required && fc.sample(fc.boolean(), 1)[0]
            ? fc.constant({ ...request, query: Object.fromEntries(Object.entries(request.query).filter(([name]) => name !== parameter.name)) })
            : wrongValueFor(parameter.schema, context).map((wrong) => ({ ...request, query: { ...request.query, [parameter.name]: toText(wrong) } })),
        ),
      ),
    );
  }
  if (headers.length > 0) mistakes.push(valid.map((request) => ({ ...request, headers: { ...request.headers, 'Idempotency-Key': 'short' } })));
  if (method !== 'get') mistakes.push(valid.map((request) => ({ ...request, body: '{"unterminated": ' })));
  mistakes.push(valid.map((request) => ({ ...request, path: Object.fromEntries(Object.keys(request.path).map((name) => [name, 'no-such-id'])) })));
  return fc.oneof(...mistakes);
}

async function send(role: Role | 'anonymous', apiPath: string, method: string, generated: GeneratedRequest) {
  const moduleKey = `/src/app/api/${apiPath
    .replace(/^\/api\//, '')
    .replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
  const routeModule = await routeModules[moduleKey]!();
  const handler = routeModule[method.toUpperCase()] as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const url = new URL(`http://localhost${apiPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(generated.path[name] ?? 'x'))}`);
  for (const [name, value] of Object.entries(generated.query)) url.searchParams.set(name, value);
  const headers = new Headers({ 'content-type': 'application/json', ...generated.headers });
  if (role !== 'anonymous') headers.set('authorization', `Bearer ${bearer[role]}`);
  const body = generated.body === undefined || method === 'get' ? undefined : typeof generated.body === 'string' ? generated.body : JSON.stringify(generated.body);
  const request = new Request(url, { method: method.toUpperCase(), headers, body });
  const response = await handler(request, { params: Promise.resolve(generated.path) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // checked below: every answer is JSON
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: parsed, text };
}

const operations = Object.entries(document.paths).flatMap(([apiPath, item]) =>
  Object.keys(item)
    .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map((method) => ({ apiPath, method })),
);

/** Registers the contract tests of the given roles, and the explicit checks when asked. */
export function describeContract(roles: readonly Role[], options: { scenarios: boolean }) {
  const database = useTestDatabase();
  seedOnce(database);
  describe('every operation keeps to the OpenAPI document', () => {
    it('covers every operation of the document', () => {
      expect(operations.length).toBeGreaterThanOrEqual(67);
    });
  
    for (const { apiPath, method } of operations) {
      for (const role of roles) {
        it(`${method.toUpperCase()} ${apiPath} as ${role}`, async () => {
          const statuses = new Map<number, number>();
          await fc.assert(
            fc.asyncProperty(
              fc.boolean().chain((isValid) => requestArbitrary(apiPath, method, isValid, role)),
              async (generated) => {
                const answer = await send(role, apiPath, method, generated);
                statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
                expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
                // JSON unless the document names another media type for the answer (a CSV download).
                const mismatch = checkResponse(method, apiPath, answer.status, answer.contentType.includes('json') ? answer.body : answer.text, answer.contentType);
                expect(mismatch, `${mismatch}\nanswer: ${answer.text.slice(0, 400)}`).toBeNull();
              },
            ),
            { numRuns: casesPerOperationAndRole, seed: process.env.CONTRACT_SEED ? Number(process.env.CONTRACT_SEED) : undefined },
          );
          if (process.env.CONTRACT_VERBOSE) console.info(`${method.toUpperCase()} ${apiPath} as ${role}:`, Object.fromEntries(statuses));
        }, 300_000);
      }
    }
  
    it('answers 401 with an ErrorBody to a request without credentials', async () => {
      for (const { apiPath, method } of operations) {
        const operation = document.paths[apiPath]![method]!;
        // A public operation's 401 is about its own credential (a webhook's signature), not a session.
        if (!operation.responses['401'] || (Array.isArray(operation.security) && operation.security.length === 0)) continue;
        const generated = fc.sample(requestArbitrary(apiPath, method, true, 'rep'), { numRuns: 1, seed: 1 })[0]!;
        const answer = await send('anonymous', apiPath, method, generated);
        expect(answer.status, `${method.toUpperCase()} ${apiPath}`).toBe(401);
        expect(checkResponse(method, apiPath, 401, answer.body)).toBeNull();
      }
    });
  
    if (options.scenarios) describe('the rules the issue named', () => {
      const none = { path: {}, query: {}, headers: {} };
  
      async function checked(role: Role, apiPath: string, method: string, generated: GeneratedRequest) {
        const answer = await send(role, apiPath, method, generated);
        expect(checkResponse(method, apiPath, answer.status, answer.body), answer.text.slice(0, 300)).toBeNull();
        return answer;
      }
  
      it('a replayed POST /api/deals answers 200 with the first deal, as documented', async () => {
        const headers = { 'Idempotency-Key': 'contract-replay-0001' };
        const body = { account: 'Replay Ltd', title: 'Replayed', amountMinor: 1_000 };
        const first = await checked('rep', '/api/deals', 'post', { ...none, headers, body });
        const again = await checked('rep', '/api/deals', 'post', { ...none, headers, body });
        expect([first.status, again.status]).toEqual([201, 200]);
        expect((again.body as { deal: { id: string } }).deal.id).toBe((first.body as { deal: { id: string } }).deal.id);
      });
  
      it('an Idempotency-Key under 8 characters is refused with 400', async () => {
        const answer = await checked('rep', '/api/deals', 'post', {
          ...none,
          headers: { 'Idempotency-Key': 'short' },
          body: { account: 'Short key', title: 'Short', amountMinor: 1 },
        });
        expect(answer.status).toBe(400);
      });
  
      it('DELETE /api/deals/{id} with an empty ?version= keeps the version of its body', async () => {
        const created = await checked('rep', '/api/deals', 'post', { ...none, body: { account: 'Delete Ltd', title: 'To delete', amountMinor: 5 } });
        const deal = (created.body as { deal: { id: string; version: number } }).deal;
        const answer = await checked('rep', '/api/deals/{dealId}', 'delete', { path: { dealId: deal.id }, query: { version: '' }, headers: {}, body: { version: deal.version } });
        expect(answer.status).toBe(200);
      });
  
      it('an empty edit is refused with 400 "Nothing to change"', async () => {
        const created = await checked('rep', '/api/deals', 'post', { ...none, body: { account: 'Edit Ltd', title: 'To edit', amountMinor: 5 } });
        const deal = (created.body as { deal: { id: string; version: number } }).deal;
        const answer = await checked('rep', '/api/deals/{dealId}', 'patch', { path: { dealId: deal.id }, query: {}, headers: {}, body: { version: deal.version } });
        expect(answer.status).toBe(400);
        expect(answer.text).toContain('Nothing to change');
        const office = await checked('admin', '/api/admin/offices/{officeId}', 'patch', { path: { officeId: pools.officeId![0]! }, query: {}, headers: {}, body: {} });
        expect(office.status).toBe(400);
      });
  
      it('a TV link for an office needs the office', async () => {
        const answer = await checked('admin', '/api/wall-tokens', 'post', { ...none, body: { name: 'No office', scope: 'OFFICE' } });
        expect(answer.status).toBe(400);
      });
  
      it('query parameters are typed as documented: months, limit and YYYY-MM months', async () => {
        expect((await checked('admin', '/api/admin/audit', 'get', { ...none, query: { limit: 'ten' } })).status).toBe(400);
        expect((await checked('admin', '/api/admin/goals', 'get', { ...none, query: { officeId: pools.officeId![0]!, from: '2026-1', to: '2026-02' } })).status).toBe(400);
        expect((await checked('rep', '/api/wall/forecasts', 'get', { ...none, query: {} })).status).toBe(400);
        expect((await checked('rep', '/api/wall/burn-down', 'get', { ...none, query: { kind: 'galaxy' } })).status).toBe(400);
      });
    });
  });
}
