import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createGoal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { buildExchangeRate, buildOrganization } from '@/domain/demo/record-builders';
import { useTestDatabase } from '../setup/test-database';
import type { TWallSnapshot } from '@/schemas/wall';
import * as officesRoute from '@/app/api/admin/offices/route';
import * as officeRoute from '@/app/api/admin/offices/[officeId]/route';
import * as teamsRoute from '@/app/api/admin/teams/route';
import * as teamRoute from '@/app/api/admin/teams/[teamId]/route';
import * as personRoute from '@/app/api/admin/people/[userId]/route';
import * as deactivateRoute from '@/app/api/admin/people/[userId]/deactivate/route';
import * as wallRoute from '@/app/api/wall/route';
import * as burnDownRoute from '@/app/api/wall/burn-down/route';
import * as tvRoute from '@/app/api/tv/[token]/route';
import * as wallTokensRoute from '@/app/api/wall-tokens/route';

// Issue #16 item 8 and #20 item 5: no admin edit leaves the wall unable to answer. Each
// edit that could put an office's money in another currency (a new office with no
// rate, a person moved across currencies, an office's currency changed, a team moved to
// another office) is either refused with the reason or converts in the same change, and
// after each one every wall scope answers: GET /api/wall (company and each office),
// /api/wall/burn-down for the company, every office, team and rep, and every TV link.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Reply = { status: number; body: Record<string, any> };

let admin: UserRecord;
const tvTokens: string[] = [];

async function call(handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string; user?: UserRecord | null } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const user = options.user === undefined ? admin : options.user;
  if (user) headers.cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const thisMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
};
const todayText = () => new Date().toISOString().slice(0, 10);

/** Reads every wall scope; fails naming the first that does not answer 200. Returns the company's snapshot. */
async function readEveryWall(): Promise<TWallSnapshot> {
  const company = await call(wallRoute.GET);
  expect(company.status, JSON.stringify(company.body)).toBe(200);
  const snapshot = company.body.snapshot as TWallSnapshot;
  const offices = await database().prisma.office.findMany({ select: { id: true } });
  for (const office of offices) {
    const reply = await call(wallRoute.GET, { query: `?officeId=${office.id}` });
    expect(reply.status, `office wall ${office.id}: ${JSON.stringify(reply.body)}`).toBe(200);
  }
  const scopes = [
    { kind: 'company', id: 'company' },
    ...snapshot.offices.map((bar) => ({ kind: 'office', id: bar.id })),
    ...snapshot.teams.map((bar) => ({ kind: 'team', id: bar.id })),
    ...snapshot.reps.map((bar) => ({ kind: 'rep', id: bar.id })),
  ];
  for (const scope of scopes) {
    const reply = await call(burnDownRoute.GET, { query: `?kind=${scope.kind}&id=${encodeURIComponent(scope.id)}` });
    expect(reply.status, `burn-down ${scope.kind} ${scope.id}: ${JSON.stringify(reply.body)}`).toBe(200);
  }
  for (const token of tvTokens) {
    const reply = await call(tvRoute.GET, { params: { token }, user: null });
    expect(reply.status, `TV ${token.slice(0, 8)}: ${JSON.stringify(reply.body)}`).toBe(200);
  }
  return snapshot;
}

async function makeTvLink(scope: 'COMPANY' | 'OFFICE', officeId?: string) {
  const reply = await call(wallTokensRoute.POST, { body: { name: `TV ${tvTokens.length}`, scope, officeId } });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  tvTokens.push(reply.body.token.token as string);
}

let newYork: { id: string };
let london: { id: string };
let falcons: { id: string };
let lions: { id: string };
let ana: UserRecord;
let ben: UserRecord;
let anaOpenDealId: string;

beforeAll(async () => {
  const prisma = database().prisma;
  await prisma.organization.create({ data: buildOrganization({ reportingCurrency: 'USD' }) });
  newYork = await createOffice(prisma, { name: 'New York', currency: 'USD', timeZone: 'America/New_York' });
  london = await createOffice(prisma, { name: 'London', currency: 'GBP', timeZone: 'Europe/London', locale: 'en-GB' });
  await prisma.exchangeRate.create({ data: buildExchangeRate({ currency: 'GBP', month: thisMonth(), rateToReporting: '1.25' }) });
  falcons = await createTeam(prisma, { name: 'Falcons', officeId: newYork.id });
  lions = await createTeam(prisma, { name: 'Lions', officeId: london.id });
  admin = await createUser(prisma, { name: 'Ada Admin', role: 'ADMIN', teamId: null });
  ana = await createUser(prisma, { name: 'Ana', teamId: falcons.id });
  ben = await createUser(prisma, { name: 'Ben', teamId: lions.id });
  await createGoal(prisma, { userId: ana.id, teamId: falcons.id, month: thisMonth(), amountMinor: 2_000_000, currency: 'USD' });
  await createGoal(prisma, { userId: ben.id, teamId: lions.id, month: thisMonth(), amountMinor: 1_600_000, currency: 'GBP' });
  const won = { stage: 'COMPLETED' as const, outcome: 'WON' as const, closedAt: new Date(), closedAmountMinor: 500_000, amountMinor: 500_000 };
  await createDeal(prisma, { ownerId: ana.id, teamId: falcons.id, currency: 'USD', ...won });
  await createDeal(prisma, { ownerId: ben.id, teamId: lions.id, currency: 'GBP', ...won });
  const open = await createDeal(prisma, {
    ownerId: ana.id,
    teamId: falcons.id,
    currency: 'USD',
    stage: 'IN_PROGRESS',
    amountMinor: 1_000_000,
    expectedCloseDate: new Date(`${todayText()}T00:00:00Z`),
  });
  anaOpenDealId = open.id;
  await makeTvLink('COMPANY');
  await makeTvLink('OFFICE', newYork.id);
  await makeTvLink('OFFICE', london.id);
});

describe('admin edits and the wall', () => {
  it('an office created in a currency with no rate shows in its own currency, with a note, and the company stays intact', async () => {
    const before = await readEveryWall();
    expect(before.missingRates).toEqual([]);

    const created = await call(officesRoute.POST, { body: { name: 'Berlin', timeZone: 'Europe/Berlin', locale: 'de-DE', currency: 'EUR' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const berlinId = created.body.office.id as string;
    const team = await call(teamsRoute.POST, { body: { name: 'Bears', officeId: berlinId, colour: '#16a34a' } });
    expect(team.status, JSON.stringify(team.body)).toBe(201);
    const carla = await createUser(database().prisma, { name: 'Carla', teamId: team.body.team.id });
    await createGoal(database().prisma, { userId: carla.id, teamId: team.body.team.id, month: thisMonth(), amountMinor: 3_000_000, currency: 'EUR' });
    await makeTvLink('OFFICE', berlinId);
    // The cached month is refreshed by admin edits; the goal above went straight to the database.
    await call(teamRoute.PATCH, { params: { teamId: team.body.team.id }, body: { colour: '#15803d' } });

    const after = await readEveryWall();
    expect(after.missingRates).toEqual([{ currency: 'EUR', offices: [{ id: berlinId, name: 'Berlin' }] }]);
    expect(after.offices.find((bar) => bar.id === berlinId)).toMatchObject({ currency: 'EUR', goalMinor: 3_000_000 });
    expect(after.company).toMatchObject({ goalMinor: before.company!.goalMinor, closedWonMinor: before.company!.closedWonMinor });
    const tv = await call(tvRoute.GET, { params: { token: tvTokens[0]! }, user: null });
    expect(tv.body.snapshot.missingRates[0].currency).toBe('EUR');
  });

  it('moving a person to a team in another currency converts their open deals and goals, and says so', async () => {
    const moved = await call(personRoute.PATCH, { params: { userId: ana.id }, body: { teamId: lions.id } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.moved).toMatchObject({ openDeals: 1, goals: 1, conversion: { from: ['USD'], to: 'GBP', rates: { USD: 0.8 } } });
    const prisma = database().prisma;
    expect(await prisma.monthlyGoal.findFirstOrThrow({ where: { userId: ana.id } })).toMatchObject({ teamId: lions.id, currency: 'GBP', amountMinor: 1_600_000 });
    expect(await prisma.deal.findUniqueOrThrow({ where: { id: anaOpenDealId } })).toMatchObject({ teamId: lions.id, currency: 'GBP', amountMinor: 800_000 });
    // Her closed deal is history: it stays with the Falcons, in dollars.
    expect(await prisma.deal.count({ where: { ownerId: ana.id, teamId: falcons.id, currency: 'USD', stage: 'COMPLETED' } })).toBe(1);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'user.move-team', objectId: ana.id } });
    expect(audit.after).toMatchObject({ convertedCurrency: { to: 'GBP' } });
    const wall = await readEveryWall();
    expect(wall.offices.find((bar) => bar.id === london.id)?.goalMinor).toBe(3_200_000);
  });

  it('a move into a currency with no rate is refused with the reason, and nothing changes', async () => {
    const berlinTeam = await database().prisma.team.findFirstOrThrow({ where: { name: 'Bears' } });
    const refused = await call(personRoute.PATCH, { params: { userId: ben.id }, body: { teamId: berlinTeam.id } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/no exchange rate for EUR/);
    expect(await database().prisma.user.findUniqueOrThrow({ where: { id: ben.id } })).toMatchObject({ teamId: lions.id });
    await readEveryWall();
  });

  it('a move whose conversion would exceed the largest amount is refused with the reason, and nothing changes', async () => {
    // Found by the contract suite: a goal at the maximum, converted upwards, overflowed the column and answered 500.
    const prisma = database().prisma;
    const cleo = await createUser(prisma, { name: 'Cleo', teamId: lions.id });
    await createGoal(prisma, { userId: cleo.id, teamId: lions.id, month: thisMonth(), amountMinor: 2_000_000_000, currency: 'GBP' });
    const refused = await call(personRoute.PATCH, { params: { userId: cleo.id }, body: { teamId: falcons.id } });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.error.message).toMatch(/2500000000 USD after conversion, above the largest amount/);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: cleo.id } })).toMatchObject({ teamId: lions.id });
    expect(await prisma.monthlyGoal.findFirstOrThrow({ where: { userId: cleo.id } })).toMatchObject({ currency: 'GBP', amountMinor: 2_000_000_000 });
    await prisma.monthlyGoal.deleteMany({ where: { userId: cleo.id } });
    await prisma.user.delete({ where: { id: cleo.id } });
  });

  it("an office's currency changes only while nothing is recorded in it", async () => {
    const refused = await call(officeRoute.PATCH, { params: { officeId: london.id }, body: { currency: 'EUR' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/London already has \d+ deals and \d+ goals in GBP/);
    expect(await database().prisma.office.findUniqueOrThrow({ where: { id: london.id } })).toMatchObject({ currency: 'GBP' });

    const tokyo = await call(officesRoute.POST, { body: { name: 'Tokyo', timeZone: 'Asia/Tokyo', locale: 'ja-JP', currency: 'JPY' } });
    const changed = await call(officeRoute.PATCH, { params: { officeId: tokyo.body.office.id }, body: { currency: 'CHF' } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const wall = await readEveryWall();
    expect(wall.missingRates.map((entry) => entry.currency).sort()).toEqual(['CHF', 'EUR']);
  });

  it('a team with history moves only to an office of the same currency', async () => {
    const refused = await call(teamRoute.PATCH, { params: { teamId: falcons.id }, body: { officeId: london.id } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/Falcons has \d+ deals? .*in USD, and London works in GBP/);

    const boston = await call(officesRoute.POST, { body: { name: 'Boston', timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' } });
    const moved = await call(teamRoute.PATCH, { params: { teamId: falcons.id }, body: { officeId: boston.body.office.id } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const empty = await call(teamsRoute.POST, { body: { name: 'Owls', officeId: newYork.id, colour: '#9333ea' } });
    const emptyMoved = await call(teamRoute.PATCH, { params: { teamId: empty.body.team.id }, body: { officeId: london.id } });
    expect(emptyMoved.status, JSON.stringify(emptyMoved.body)).toBe(200);
    await readEveryWall();
  });

  it('handing deals over to someone in another currency converts them', async () => {
    const prisma = database().prisma;
    const dora = await createUser(prisma, { name: 'Dora', teamId: falcons.id });
    const deal = await createDeal(prisma, { ownerId: dora.id, teamId: falcons.id, currency: 'USD', stage: 'TODO', amountMinor: 250_000 });
    const reply = await call(deactivateRoute.POST, { params: { userId: dora.id }, body: { handOverToUserId: ben.id } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(await prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).toMatchObject({ ownerId: ben.id, currency: 'GBP', amountMinor: 200_000 });
    await readEveryWall();
  });
});
