import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as openApiRoute from '@/app/api/openapi.json/route';
import { forecastWorkerPath } from '@/server/forecast/worker-path';

// As npm start does: a valid forecast request runs the simulation in its worker thread.
process.env.CADENCE_FORECAST_WORKER_PATH = forecastWorkerPath;

// Issue #16's quality bar: every write endpoint of the OpenAPI document (read through its
// public route, so the test follows however the document is assembled) gets generated
// bad input — wrong types, NUL bytes, lone surrogates, year-0000 dates, huge numbers and
// strings, stray fields, bodies that are not objects — and must answer below 500, with
// a JSON body. It runs the route handlers in-process as an admin (the widest rights,
// so the input reaches the deepest checks), at least 2,000 requests a run.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const apiDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/app/api');
const runsPerOperation = Number(process.env.FUZZ_RUNS_PER_OPERATION ?? 45);

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; $ref?: string; anyOf?: Schema[]; format?: string; items?: Schema };
type Operation = { method: string; path: string; bodySchema: Schema | undefined };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let admin: UserRecord;
const knownIds: Record<string, string> = {};

const badText = fc.oneof(
  fc.constantFrom('a\u0000b', '\u0000', 'x\ud800', '\udfff', '0000-01-01', '0000-01-01T00:00:00Z', '3000-12-31', '9999-99-99', '0000-01', '', ' ', '%ff', '../../etc', '<script>alert(1)</script>', "'; DROP TABLE \"Deal\";--"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(70_000)),
);
const badNumber = fc.oneof(fc.constantFrom(-1, 0, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, Number.MAX_SAFE_INTEGER), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  badText,
  badNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(badText, { maxLength: 3 }),
  fc.dictionary(badText, badText, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A body that looks like the operation's own, with some fields bad, or no object at all. */
function badBody(schema: Schema | undefined): fc.Arbitrary<string> {
  const names = Object.keys(schema?.properties ?? {});
  const shaped =
    names.length === 0
      ? fc.dictionary(badText, badValue, { maxKeys: 4 })
      : fc
          .record(Object.fromEntries(names.map((name) => [name, badValue])), { requiredKeys: [] })
          .chain((body) => fc.dictionary(badText, badValue, { maxKeys: 2 }).map((extra) => ({ ...extra, ...body })));
  return fc.oneof(
    { weight: 8, arbitrary: shaped.map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '"\\u0000"', '{"a":"\\ud800"}', 'not json', '{"__proto__":{"admin":true}}') },
  );
}

function resolve(schema: Schema | undefined, document: { components?: { schemas?: Record<string, Schema> } }): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.split('/').at(-1)!];
}

async function writeOperations(): Promise<Operation[]> {
  const document = (await (await (openApiRoute.GET as () => Response)()).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
    components?: { schemas?: Record<string, Schema> };
  };
  return Object.entries(document.paths).flatMap(([apiPath, item]) =>
    Object.entries(item)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path: apiPath,
        bodySchema: resolve(operation.requestBody?.content?.['application/json']?.schema, document),
      })),
  );
}

async function handlerOf(operation: Operation): Promise<Handler> {
  const directory = operation.path.replace(/^\/api\//, '').replace(/\{(\w+)\}/g, '[$1]');
  const module = (await import(/* @vite-ignore */ path.join(apiDirectory, directory, 'route.ts'))) as Record<string, Handler>;
  const handler = module[operation.method];
  if (!handler) throw new Error(`${operation.method} ${operation.path} is documented but has no handler`);
  return handler;
}

const pathValue = fc.oneof(
  { weight: 3, arbitrary: fc.constant<string | null>(null) },
  { weight: 1, arbitrary: badText.filter((value) => value.length > 0 && value.length < 200) },
);

let cookie: string | undefined;

/** The admin's session cookie, issued again after an operation ended their sessions. */
async function adminCookie(): Promise<string> {
  if (!cookie) {
    const { sessionGeneration } = await database().prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    cookie = `next-auth.session-token=${await encode({ token: { sub: admin.id, role: 'ADMIN', generation: sessionGeneration }, secret })}`;
  }
  return cookie;
}

async function send(operation: Operation, handler: Handler, body: string, parameterOverride: string | null) {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const params = Object.fromEntries(names.map((name) => [name, parameterOverride ?? knownIds[name] ?? 'no-such-id']));
  const request = new Request(`http://localhost${operation.path}`, {
    method: operation.method,
    headers: { cookie: await adminCookie(), 'content-type': 'application/json' },
    body: operation.method === 'DELETE' && body === '' ? undefined : body,
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  if (response.status === 401 || operation.path === '/api/me/sessions') cookie = undefined;
  return { status: response.status, text };
}

beforeAll(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Fuzz Ltd', reportingCurrency: 'USD' } }).catch(() => undefined);
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'NY SMB' });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  const rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Rae Rep' });
  const deal = await createDeal(prisma, { ownerId: rep.id, teamId: team.id, stage: 'TODO', position: 1024 });
  Object.assign(knownIds, { dealId: deal.id, teamId: team.id, userId: rep.id, officeId: office.id });
});

describe('fuzzing every write endpoint', () => {
  it(`answers below 500 to ${runsPerOperation} generated bad inputs per operation`, async () => {
    const operations = await writeOperations();
    expect(operations.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();
    for (const operation of operations) {
      const handler = await handlerOf(operation);
      const result = await fc.check(
        fc.asyncProperty(badBody(operation.bodySchema), pathValue, async (body, parameter) => {
          sent += 1;
          const { status, text } = await send(operation, handler, body, parameter);
          if (status >= 500) return false;
          // Every answer is JSON, a refusal with its reason.
          if (status >= 400) JSON.parse(text);
          return true;
        }),
        { numRuns: runsPerOperation, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
      );
      if (result.failed) failures.push(`${operation.method} ${operation.path}: ${fc.stringify(result.counterexample)} (seed ${result.seed})`);
    }
    console.log(`fuzz: ${sent} requests to ${operations.length} write operations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(sent).toBeGreaterThanOrEqual(2_000);
    expect(failures).toEqual([]);
  }, 600_000);
});
