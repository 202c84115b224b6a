import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as profileRoute from '@/app/api/me/profile/route';
import * as dealsRoute from '@/app/api/deals/route';
import * as dealRoute from '@/app/api/deals/[dealId]/route';
import * as closeRoute from '@/app/api/deals/[dealId]/close/route';
import * as holidaysRoute from '@/app/api/admin/offices/[officeId]/holidays/route';
import * as personRoute from '@/app/api/admin/people/[userId]/route';
import * as wallRoute from '@/app/api/wall/route';
import * as wallForecastsRoute from '@/app/api/wall/forecasts/route';
import * as notesRoute from '@/app/api/notes/route';

// Issue #16 item 6: input that used to crash a request (PostgreSQL refusing a NUL byte
// or a lone surrogate, a year-0000 date, month 0000-01 read as 1900-01) is a 400 with
// a reason, and nothing is written.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(user: UserRecord, handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown; rawBody?: string; query?: string } = {}) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { cookie, 'content-type': 'application/json' },
    body,
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

let rep: UserRecord;
let admin: UserRecord;
let officeId: string;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'London', timeZone: 'Europe/London' });
  officeId = office.id;
  const team = await createTeam(prisma, { officeId, name: 'London SMB' });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Rae Rep' });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
});

function expectRefused(result: { status: number; body: Record<string, any> }, reason: RegExp) {
  expect(result.status, JSON.stringify(result.body)).toBe(400);
  expect(result.body.error.message).toMatch(reason);
}

const inTenYearsAndADay = () => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 10);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL byte in a name, and keeps the name', async () => {
    expectRefused(await call(rep, profileRoute.PATCH, { method: 'PATCH', body: { name: 'a\u0000b' } }), /NUL/);
    expect((await database().prisma.user.findUniqueOrThrow({ where: { id: rep.id } })).name).toBe('Rae Rep');
  });

  it('refuses a NUL byte in a path id and in a query', async () => {
    expectRefused(await call(rep, dealRoute.GET, { params: { dealId: 'a\u0000b' } }), /dealId.*NUL/);
    expectRefused(await call(rep, notesRoute.GET, { query: '?q=a%00b' }), /NUL/);
  });

  it('refuses a lone surrogate in a deal edit, even in a field no schema reads', async () => {
    const deal = await createDeal(database().prisma, { ownerId: rep.id, teamId: rep.teamId!, stage: 'TODO', position: 1024 });
    const edit = (body: string) => call(rep, dealRoute.PATCH, { method: 'PATCH', params: { dealId: deal.id }, rawBody: body });
    expectRefused(await edit(`{"version":${deal.version},"title":"Renewal \\ud800"}`), /surrogate/);
    expectRefused(await edit(`{"version":${deal.version},"title":"Renewal","extra":{"\\udfff":1}}`), /surrogate/);
    expect((await database().prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(deal.version);
    expect(await database().prisma.dealEvent.count()).toBe(0);
  });
});

describe('dates out of range', () => {
  it('refuses year 0000 and a close date more than ten years out, and accepts one inside', async () => {
    const create = (expectedCloseDate: string) =>
      call(rep, dealsRoute.POST, { body: { account: 'Acme', title: 'Renewal', amountMinor: 100, expectedCloseDate } });
    expectRefused(await create('0000-01-01'), /between 1970 and 2200/);
    expectRefused(await create('3000-01-01'), /between 1970 and 2200/);
    expectRefused(await create(inTenYearsAndADay()), /at most 10 years/);
    expect(await database().prisma.deal.count()).toBe(0);
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
    expect((await create(nextYear)).status).toBe(201);
  });

  it('refuses a year-0000 close time, holiday and start date', async () => {
    const deal = await createDeal(database().prisma, { ownerId: rep.id, teamId: rep.teamId!, stage: 'IN_PROGRESS', position: 1024 });
    expectRefused(
      await call(rep, closeRoute.POST, { params: { dealId: deal.id }, body: { version: deal.version, outcome: 'WON', closedAt: '0000-01-01T00:00:00Z' } }),
      /between 1970 and 2200/,
    );
    expectRefused(await call(admin, holidaysRoute.POST, { params: { officeId }, body: { date: '0000-12-25', name: 'Christmas' } }), /between 1970/);
    expectRefused(await call(admin, personRoute.PATCH, { method: 'PATCH', params: { userId: rep.id }, body: { startDate: '0000-01-01' } }), /between 1970/);
    expect(await database().prisma.holiday.count()).toBe(0);
  });

  it('refuses month 0000-01 instead of reading it as 1900-01', async () => {
    expectRefused(await call(rep, wallRoute.GET, { query: '?month=0000-01' }), /month/);
    expectRefused(await call(rep, wallForecastsRoute.GET, { query: '?month=0000-01' }), /month/);
  });
});
