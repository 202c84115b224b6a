import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { io as connect, type Socket } from 'socket.io-client';
import { attachRealtime } from '@/realtime/server';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents } from '@/realtime/events';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { createDeal, createOffice, createTeam, createUser, type DealRecord, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { createResponseValidator } from '../contract/openapi-validator';
import { getOpenApiDocument } from '@/app/api/openapi-document';
import * as dealsRoute from '@/app/api/deals/route';
import * as dealRoute from '@/app/api/deals/[dealId]/route';
import * as moveRoute from '@/app/api/deals/[dealId]/move/route';
import * as closeRoute from '@/app/api/deals/[dealId]/close/route';
import * as reopenRoute from '@/app/api/deals/[dealId]/reopen/route';
import * as restoreRoute from '@/app/api/deals/[dealId]/restore/route';
import * as teamBoardRoute from '@/app/api/boards/team/[teamId]/route';
import * as companyBoardRoute from '@/app/api/boards/company/route';

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type People = Record<'rep' | 'teammate' | 'lead' | 'manager' | 'admin' | 'outsider', UserRecord>;
let people: People;
let teamId: string;
let otherTeamId: string;

async function seedOrganisation() {
  const prisma = database().prisma;
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'NY Enterprise' });
  const other = await createTeam(prisma, { officeId: office.id, name: 'NY SMB' });
  teamId = team.id;
  otherTeamId = other.id;
  const lead = await createUser(prisma, { role: 'LEAD', teamId, name: 'Lee Lead' });
  const manager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Mo Manager' });
  await prisma.team.update({ where: { id: teamId }, data: { leadId: lead.id, managerId: manager.id } });
  people = {
    rep: await createUser(prisma, { role: 'REP', teamId, name: 'Rae Rep' }),
    teammate: await createUser(prisma, { role: 'REP', teamId, name: 'Tam Mate' }),
    lead,
    manager,
    admin: await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' }),
    outsider: await createUser(prisma, { role: 'REP', teamId: otherTeamId, name: 'Otto Outsider' }),
  };
}

async function cookieFor(user: UserRecord) {
  return `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

// Every answer these tests receive must also be one the OpenAPI document allows.
const checkResponse = createResponseValidator(getOpenApiDocument() as never);
const documentedAs = new Map<unknown, [string, string]>([
  [dealsRoute.POST, ['post', '/api/deals']],
  [dealRoute.GET, ['get', '/api/deals/{dealId}']],
  [dealRoute.PATCH, ['patch', '/api/deals/{dealId}']],
  [dealRoute.DELETE, ['delete', '/api/deals/{dealId}']],
  [moveRoute.POST, ['post', '/api/deals/{dealId}/move']],
  [closeRoute.POST, ['post', '/api/deals/{dealId}/close']],
  [reopenRoute.POST, ['post', '/api/deals/{dealId}/reopen']],
  [restoreRoute.POST, ['post', '/api/deals/{dealId}/restore']],
  [teamBoardRoute.GET, ['get', '/api/boards/team/{teamId}']],
  [companyBoardRoute.GET, ['get', '/api/boards/company']],
]);

async function call(user: UserRecord, handler: Handler, options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string }) {
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? 'POST',
    headers: { cookie: await cookieFor(user), 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const body = (await response.json()) as Record<string, any>;
  const operation = documentedAs.get(handler);
  if (operation) expect(checkResponse(operation[0], operation[1], response.status, body)).toBeNull();
  return { status: response.status, headers: response.headers, body };
}

async function dealOf(owner: UserRecord, overrides: Partial<DealRecord> = {}) {
  return createDeal(database().prisma, { ownerId: owner.id, teamId: owner.teamId!, stage: 'TODO', position: 1024, ...overrides });
}

beforeEach(async () => {
  await resetDatabase(database().prisma);
  await seedOrganisation();
});

type Operation = {
  name: string;
  /** Makes the deal the operation starts from. */
  prepare: (owner: UserRecord) => Promise<DealRecord>;
  run: (actor: UserRecord, deal: DealRecord) => ReturnType<typeof call>;
};

const operations: Operation[] = [
  { name: 'edit', prepare: (owner) => dealOf(owner), run: (actor, deal) => call(actor, dealRoute.PATCH as Handler, { method: 'PATCH', params: { dealId: deal.id }, body: { version: deal.version, notes: 'Called the CFO' } }) },
  { name: 'move', prepare: (owner) => dealOf(owner), run: (actor, deal) => call(actor, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: deal.version, stage: 'IN_PROGRESS' } }) },
  { name: 'close', prepare: (owner) => dealOf(owner, { stage: 'IN_PROGRESS' }), run: (actor, deal) => call(actor, closeRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: deal.version, outcome: 'WON' } }) },
  {
    name: 'reopen',
    prepare: (owner) => dealOf(owner, { stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 500_000, closedAt: new Date(Date.now() - 3_600_000) }),
    run: (actor, deal) => call(actor, reopenRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: deal.version, stage: 'TODO' } }),
  },
  { name: 'delete', prepare: (owner) => dealOf(owner), run: (actor, deal) => call(actor, dealRoute.DELETE as Handler, { method: 'DELETE', params: { dealId: deal.id }, body: { version: deal.version } }) },
  {
    name: 'restore',
    prepare: (owner) => dealOf(owner, { deletedAt: new Date() }),
    run: (actor, deal) => call(actor, restoreRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: deal.version } }),
  },
];

// Who may change the rep's deal: the rep, their lead, their manager and admins. A
// teammate is refused (403); someone on another team cannot even see it (404).
const expectations: [keyof People, number][] = [
  ['rep', 200],
  ['teammate', 403],
  ['lead', 200],
  ['manager', 200],
  ['admin', 200],
  ['outsider', 404],
];

describe.each(operations)('$name a deal', (operation) => {
  it.each(expectations)('as %s answers %i', async (role, status) => {
    const deal = await operation.prepare(people.rep);
    const result = await operation.run(people[role], deal);
    expect(result.status, JSON.stringify(result.body)).toBe(status);
    const events = await database().prisma.dealEvent.count({ where: { dealId: deal.id } });
    if (status === 200) {
      expect(result.body.deal.version).toBe(deal.version + 1);
      expect(events).toBe(1);
    } else {
      expect(result.body.error.message).toBeTruthy();
      const unchanged = await database().prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
      expect(unchanged.version).toBe(deal.version);
      expect(events).toBe(0);
    }
  });
});

describe('creating and reassigning deals', () => {
  const body = { account: 'Globex', title: 'Annual licence', amountMinor: 1_250_000, expectedCloseDate: '2026-12-15' };

  it.each([
    ['rep', 'rep', 201],
    ['rep', 'teammate', 403],
    ['lead', 'teammate', 201],
    ['manager', 'teammate', 201],
    ['admin', 'teammate', 201],
    ['outsider', 'rep', 403],
  ] as const)('%s creating a deal for %s answers %i', async (actorRole, ownerRole, status) => {
    const result = await call(people[actorRole], dealsRoute.POST as unknown as Handler, { body: { ...body, ownerId: people[ownerRole].id } });
    expect(result.status, JSON.stringify(result.body)).toBe(status);
    if (status === 201) {
      expect(result.body.deal).toMatchObject({ ownerId: people[ownerRole].id, teamId, currency: 'USD', stage: 'BACKLOG', version: 1 });
      expect(result.body.change.type).toBe('CREATED');
    }
  });

  it.each([
    ['rep', 403],
    ['lead', 200],
    ['manager', 200],
    ['admin', 200],
  ] as const)('%s giving a deal to a teammate answers %i', async (role, status) => {
    const deal = await dealOf(people.rep);
    const result = await call(people[role], moveRoute.POST as Handler, {
      params: { dealId: deal.id },
      body: { version: 1, stage: 'TODO', ownerId: people.teammate.id },
    });
    expect(result.status, JSON.stringify(result.body)).toBe(status);
    if (status === 200) expect(result.body.change.type).toBe('REASSIGNED');
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const result = await call(people.rep, dealsRoute.POST as unknown as Handler, { body: { ...body, amountMinor: -5, expectedCloseDate: '2026-02-30' } });
    expect(result.status).toBe(400);
    expect(result.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['amountMinor', 'expectedCloseDate']);
    expect(await database().prisma.deal.count()).toBe(0);
  });

  it('refuses moving into Completed without an outcome, and moving a completed deal', async () => {
    const open = await dealOf(people.rep);
    const intoCompleted = await call(people.rep, moveRoute.POST as Handler, { params: { dealId: open.id }, body: { version: 1, stage: 'COMPLETED' } });
    expect(intoCompleted.status).toBe(400);
    const closed = await dealOf(people.rep, { stage: 'COMPLETED', outcome: 'LOST', closedAt: new Date() });
    const moveClosed = await call(people.rep, moveRoute.POST as Handler, { params: { dealId: closed.id }, body: { version: 1, stage: 'TODO' } });
    expect(moveClosed.status).toBe(422);
    expect(moveClosed.body.error.message).toMatch(/[Rr]eopen/);
  });
});

describe('concurrent edits and retries', () => {
  it('refuses a change based on a stale version with 409 and the current card', async () => {
    const deal = await dealOf(people.rep);
    const first = await call(people.lead, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 1, stage: 'IN_PROGRESS' } });
    expect(first.status).toBe(200);
    const stale = await call(people.rep, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 1, stage: 'BACKLOG' } });
    expect(stale.status).toBe(409);
    expect(stale.body.details.deal).toMatchObject({ id: deal.id, stage: 'IN_PROGRESS', version: 2 });
    expect(await database().prisma.dealEvent.count({ where: { dealId: deal.id } })).toBe(1);
  });

  it('lets exactly one of two changes made at once on the same version through, and refuses the other with 409', async () => {
    const deal = await dealOf(people.rep);
    const [a, b] = await Promise.all([
      call(people.rep, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 1, stage: 'IN_PROGRESS' } }),
      call(people.lead, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 1, stage: 'BACKLOG' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.body.details.deal).toMatchObject({ version: 2, stage: winner.body.deal.stage });
    const stored = await database().prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(stored).toMatchObject({ version: 2, stage: winner.body.deal.stage });
    const events = await database().prisma.dealEvent.findMany({ where: { dealId: deal.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ version: 2, stage: winner.body.deal.stage });
  });

  it('applies a retried request with the same idempotency key once', async () => {
    const deal = await dealOf(people.rep);
    const request = { params: { dealId: deal.id }, body: { version: 1, stage: 'IN_PROGRESS', idempotencyKey: 'move-7f3a9c21' } };
    const first = await call(people.rep, moveRoute.POST as Handler, request);
    const retry = await call(people.rep, moveRoute.POST as Handler, request);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replay')).toBe('true');
    expect(retry.body.change.sequence).toBe(first.body.change.sequence);
    expect(await database().prisma.dealEvent.count({ where: { dealId: deal.id } })).toBe(1);
    const stored = await database().prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(stored.version).toBe(2);
  });

  it('keeps one idempotent create when the same request arrives twice at once', async () => {
    const body = { account: 'Initech', title: 'Pilot', amountMinor: 90_000, idempotencyKey: 'create-8b21d6e0' };
    const [a, b] = await Promise.all([
      call(people.rep, dealsRoute.POST as unknown as Handler, { body }),
      call(people.rep, dealsRoute.POST as unknown as Handler, { body }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.deal.id).toBe(b.body.deal.id);
    expect(await database().prisma.deal.count()).toBe(1);
  });
});

describe('orders cards within a column', () => {
  /** Moves a Backlog card into To do between two neighbours; returns the answer and the column after. */
  async function dropBetween(moving: { id: string }, after: { id: string }, before: { id: string }) {
    const result = await call(people.rep, moveRoute.POST as Handler, {
      params: { dealId: moving.id },
      body: { version: 1, stage: 'TODO', afterDealId: after.id, beforeDealId: before.id },
    });
    const column = await database().prisma.deal.findMany({ where: { ownerId: people.rep.id, stage: 'TODO' }, orderBy: { position: 'asc' } });
    return { result, column };
  }

  it('places a card between the neighbours it was dropped between', async () => {
    const top = await dealOf(people.rep, { position: 1000, account: 'Top' });
    const bottom = await dealOf(people.rep, { position: 2000, account: 'Bottom' });
    const moving = await dealOf(people.rep, { stage: 'BACKLOG', account: 'Moving' });
    const { result, column } = await dropBetween(moving, top, bottom);
    expect(result.status).toBe(200);
    expect(column.map((deal) => deal.account)).toEqual(['Top', 'Moving', 'Bottom']);
  });

  it('spaces the column out again when the gap between two neighbours is worn away, in the same write as the move', async () => {
    const top = await dealOf(people.rep, { position: 1000, account: 'Top' });
    const bottom = await dealOf(people.rep, { position: 1000 + 1e-7, account: 'Bottom' });
    const last = await dealOf(people.rep, { position: 5000, account: 'Last' });
    const moving = await dealOf(people.rep, { stage: 'BACKLOG', account: 'Moving' });
    const { result, column } = await dropBetween(moving, top, bottom);
    expect(result.status).toBe(200);
    expect(column.map((deal) => deal.account)).toEqual(['Top', 'Moving', 'Bottom', 'Last']);
    expect(column.map((deal) => deal.position)).toEqual([1024, 2048, 3072, 4096]);
    expect(result.body.deal.position).toBe(2048);
    // The neighbours were re-spaced without versions or events of their own.
    expect(column.find((deal) => deal.id === last.id)!.version).toBe(1);
    expect(await database().prisma.dealEvent.count({ where: { dealId: { in: [top.id, bottom.id, last.id] } } })).toBe(0);
  });
});

describe('the board and its history', () => {
  it('shows open deals and this month’s completed ones, one lane per rep', async () => {
    await dealOf(people.rep, { account: 'Open one' });
    await dealOf(people.teammate, { stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 1, closedAt: new Date(), account: 'Closed now' });
    await dealOf(people.teammate, { stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 1, closedAt: new Date('2025-01-15T15:00:00Z'), account: 'Closed long ago' });
    await dealOf(people.outsider, { account: 'Other team' });
    const board = await call(people.rep, teamBoardRoute.GET as Handler, { method: 'GET', params: { teamId } });
    expect(board.status).toBe(200);
    expect(board.body.board.deals.map((deal: TDealCard) => deal.account).sort()).toEqual(['Closed now', 'Open one']);
    expect(board.body.board.lanes.map((lane: { name: string }) => lane.name)).toEqual(['Lee Lead', 'Rae Rep', 'Tam Mate']);
    const january = await call(people.rep, teamBoardRoute.GET as Handler, { method: 'GET', params: { teamId }, query: '?completedMonth=2025-01' });
    expect(january.body.board.deals.map((deal: TDealCard) => deal.account).sort()).toEqual(['Closed long ago', 'Open one']);
    const badMonth = await call(people.rep, teamBoardRoute.GET as Handler, { method: 'GET', params: { teamId }, query: '?completedMonth=January' });
    expect(badMonth.status).toBe(400);
  });

  it('lets only admins see the company board and only members see a team board', async () => {
    expect((await call(people.admin, companyBoardRoute.GET as Handler, { method: 'GET' })).status).toBe(200);
    expect((await call(people.manager, companyBoardRoute.GET as Handler, { method: 'GET' })).status).toBe(403);
    expect((await call(people.outsider, teamBoardRoute.GET as Handler, { method: 'GET', params: { teamId } })).status).toBe(403);
  });

  it('records every change with before and after, and returns the whole history', async () => {
    const created = await call(people.rep, dealsRoute.POST as unknown as Handler, { body: { account: 'Hooli', title: 'Expansion', amountMinor: 400_000 } });
    const id = created.body.deal.id as string;
    await call(people.rep, moveRoute.POST as Handler, { params: { dealId: id }, body: { version: 1, stage: 'IN_PROGRESS' } });
    await call(people.rep, closeRoute.POST as Handler, { params: { dealId: id }, body: { version: 2, outcome: 'WON', closedAmountMinor: 380_000 } });
    await call(people.rep, reopenRoute.POST as Handler, { params: { dealId: id }, body: { version: 3 } });
    const detail = await call(people.rep, dealRoute.GET as Handler, { method: 'GET', params: { dealId: id } });
    const history = detail.body.history as TDealChange[];
    expect(history.map((change) => change.type)).toEqual(['CREATED', 'MOVED', 'CLOSED', 'REOPENED']);
    expect(history[2]).toMatchObject({ before: { stage: 'IN_PROGRESS' }, deal: { stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 380_000 }, actorName: 'Rae Rep' });
    expect(history.map((change) => change.sequence)).toEqual([...history.map((change) => change.sequence)].sort((a, b) => a - b));
  });
});

describe('live updates', () => {
  let server: { url: string; close: () => Promise<void> };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const httpServer = createServer();
    const realtime = await attachRealtime(httpServer);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    server = { url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, close: realtime.close };
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.close();
  });

  async function joinBoard(user: UserRecord, afterSequence: number) {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server.url, {
      path: socketPath,
      transports: ['websocket'],
      extraHeaders: { cookie: await cookieFor(user) },
    });
    sockets.push(socket);
    const received: TDealChange[] = [];
    socket.on('deal:changed', (change) => received.push(change));
    const reply = await socket.emitWithAck('board:join', { teamIds: [teamId, otherTeamId], afterSequence });
    return { socket, received, reply };
  }

  it('sends committed changes to the team room, nothing for a refused one, and catches up from a sequence', async () => {
    const deal = await dealOf(people.rep);
    const earlier = await call(people.rep, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 1, stage: 'IN_PROGRESS' } });

    const { received, reply } = await joinBoard(people.teammate, 0);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    // The teammate may watch their own team only.
    expect(reply.teamIds).toEqual([teamId]);
    expect(reply.changes.map((change) => change.sequence)).toEqual([earlier.body.change.sequence]);

    const refused = await call(people.rep, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 1, stage: 'BACKLOG' } });
    expect(refused.status).toBe(409);
    const accepted = await call(people.lead, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 2, stage: 'TODO' } });
    expect(accepted.status).toBe(200);
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]).toMatchObject({ sequence: accepted.body.change.sequence, type: 'MOVED', deal: { stage: 'TODO', version: 3 } });

    const outsider = await joinBoard(people.outsider, 0);
    await call(people.lead, moveRoute.POST as Handler, { params: { dealId: deal.id }, body: { version: 3, stage: 'IN_PROGRESS' } });
    await expect.poll(() => received.length).toBe(2);
    expect(outsider.received).toEqual([]);
  });
});
