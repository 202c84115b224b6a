import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { io as connect, type Socket } from 'socket.io-client';
import { attachRealtime } from '@/realtime/server';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents } from '@/realtime/events';
import type { TDealChange } from '@/schemas/deal';
import { summarizePushes } from '@/domain/signals/close-date-pushes';
import { flowBalance } from '@/domain/signals/month-flow';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { createDeal, createOffice, createTeam, createUser, type DealRecord, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as dealRoute from '@/app/api/deals/[dealId]/route';
import * as closeRoute from '@/app/api/deals/[dealId]/close/route';
import * as moveRoute from '@/app/api/deals/[dealId]/move/route';
import * as nextStepRoute from '@/app/api/deals/[dealId]/next-step/route';
import * as activitiesRoute from '@/app/api/deals/[dealId]/activities/route';
import * as contactsRoute from '@/app/api/deals/[dealId]/contacts/route';
import * as flowRoute from '@/app/api/wall/flow/route';
import * as teamBoardRoute from '@/app/api/boards/team/[teamId]/route';
import * as adminTeamRoute from '@/app/api/admin/teams/[teamId]/route';

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type People = Record<'rep' | 'teammate' | 'lead' | 'outsider', UserRecord>;
let people: People;
let teamId: string;
let officeId: string;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York' });
  officeId = office.id;
  const team = await createTeam(prisma, { officeId: office.id, name: 'NY Enterprise' });
  const other = await createTeam(prisma, { officeId: office.id, name: 'NY SMB' });
  teamId = team.id;
  const lead = await createUser(prisma, { role: 'LEAD', teamId, name: 'Lee Lead' });
  await prisma.team.update({ where: { id: teamId }, data: { leadId: lead.id } });
  people = {
    rep: await createUser(prisma, { role: 'REP', teamId, name: 'Rae Rep' }),
    teammate: await createUser(prisma, { role: 'REP', teamId, name: 'Tam Mate' }),
    lead,
    outsider: await createUser(prisma, { role: 'REP', teamId: other.id, name: 'Otto Outsider' }),
  };
});

async function cookieFor(user: UserRecord) {
  return `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(user: UserRecord, handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string }) {
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? 'POST',
    headers: { cookie: await cookieFor(user), 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function dealOf(owner: UserRecord, overrides: Partial<DealRecord> = {}) {
  return createDeal(database().prisma, { ownerId: owner.id, teamId: owner.teamId!, stage: 'TODO', position: 1024, ...overrides });
}

async function expectNothingWritten(deal: DealRecord) {
  const prisma = database().prisma;
  expect((await prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(deal.version);
  expect(await prisma.dealEvent.count({ where: { dealId: deal.id } })).toBe(0);
}

describe('next step', () => {
  it('sets and clears the next step with its due date, each an UPDATED event', async () => {
    const deal = await dealOf(people.rep);
    const set = await call(people.rep, nextStepRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 1, nextStep: 'Demo to the CTO', dueOn: '2026-12-03' } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.deal).toMatchObject({ nextStep: 'Demo to the CTO', nextStepDueOn: '2026-12-03', version: 2 });
    expect(set.body.change.type).toBe('UPDATED');
    const cleared = await call(people.rep, nextStepRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 2, nextStep: '', dueOn: null } });
    expect(cleared.body.deal).toMatchObject({ nextStep: '', nextStepDueOn: null });
    expect(await database().prisma.dealEvent.count({ where: { dealId: deal.id } })).toBe(2);
  });

  it.each([
    ['a due date that is not a date', { nextStep: 'Call', dueOn: 'next Tuesday' }, /date like/],
    ['a due date that does not exist', { nextStep: 'Call', dueOn: '2026-02-30' }, /does not exist/],
    ['a next step over 500 characters', { nextStep: 'x'.repeat(501), dueOn: null }, /500 characters/],
  ])('refuses %s with 400 and writes nothing', async (_name, body, reason) => {
    const deal = await dealOf(people.rep);
    const refused = await call(people.rep, nextStepRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 1, ...body } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error)).toMatch(reason);
    await expectNothingWritten(deal);
  });
});

describe('activities', () => {
  it('logs a call with a line and the next step in one change that resets the stale clock', async () => {
    const deal = await dealOf(people.rep, { stageChangedAt: new Date(Date.now() - 30 * 86_400_000) });
    const logged = await call(people.rep, activitiesRoute.POST, {
      params: { dealId: deal.id },
      body: { version: 1, type: 'CALL', note: 'Spoke to Dana', nextStep: { nextStep: 'Send the proposal', dueOn: '2026-12-04' } },
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(200);
    expect(logged.body.change.type).toBe('ACTIVITY_LOGGED');
    expect(logged.body.deal).toMatchObject({ lastActivityType: 'CALL', lastActivityNote: 'Spoke to Dana', nextStep: 'Send the proposal', nextStepDueOn: '2026-12-04' });
    expect(Date.now() - Date.parse(logged.body.deal.lastActivityAt)).toBeLessThan(60_000);
    // The move clock is untouched: the card did not move.
    const row = await database().prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(row.stageChangedAt.getTime()).toBe(deal.stageChangedAt.getTime());

    const history = await call(people.rep, dealRoute.GET, { method: 'GET', params: { dealId: deal.id } });
    expect(history.body.history.map((change: TDealChange) => change.type)).toEqual(['ACTIVITY_LOGGED']);
  });

  it('refuses an activity type that does not exist with 400 and writes nothing', async () => {
    const deal = await dealOf(people.rep);
    const refused = await call(people.rep, activitiesRoute.POST, { params: { dealId: deal.id }, body: { version: 1, type: 'FAX' } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error)).toMatch(/call, an email, a meeting or a note/);
    await expectNothingWritten(deal);
  });

  it('refuses a closed deal with 422, a teammate with 403 and an outsider with 404', async () => {
    const closed = await dealOf(people.rep, { stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 100, closedAt: new Date() });
    expect((await call(people.rep, activitiesRoute.POST, { params: { dealId: closed.id }, body: { version: 1, type: 'NOTE' } })).status).toBe(422);
    await expectNothingWritten(closed);
    const open = await dealOf(people.rep);
    expect((await call(people.teammate, activitiesRoute.POST, { params: { dealId: open.id }, body: { version: 1, type: 'NOTE' } })).status).toBe(403);
    expect((await call(people.outsider, activitiesRoute.POST, { params: { dealId: open.id }, body: { version: 1, type: 'NOTE' } })).status).toBe(404);
    expect((await call(people.lead, activitiesRoute.POST, { params: { dealId: open.id }, body: { version: 1, type: 'MEETING' } })).status).toBe(200);
  });

  it('a move logs nothing extra: one MOVED event, no activity', async () => {
    const deal = await dealOf(people.rep);
    await call(people.rep, moveRoute.POST, { params: { dealId: deal.id }, body: { version: 1, stage: 'IN_PROGRESS' } });
    const events = await database().prisma.dealEvent.findMany({ where: { dealId: deal.id } });
    expect(events.map((event) => event.type)).toEqual(['MOVED']);
    expect((await database().prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).lastActivityAt).toBeNull();
  });
});

describe('contacts', () => {
  const contacts = [
    { id: 'c1', name: 'Dana Champion', role: 'VP Engineering', isChampion: true, hasLeft: false },
    { id: 'c2', name: 'Sam Buyer', role: 'Procurement', isChampion: false, hasLeft: false },
  ];

  it('saves the people on a deal and records a champion leaving in the history', async () => {
    const deal = await dealOf(people.rep);
    const saved = await call(people.rep, contactsRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 1, contacts } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.deal.contacts).toEqual(contacts);
    const gone = contacts.map((contact) => (contact.id === 'c1' ? { ...contact, hasLeft: true } : contact));
    const left = await call(people.rep, contactsRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 2, contacts: gone } });
    expect(left.body.change.before.contacts[0].hasLeft).toBe(false);
    expect(left.body.change.deal.contacts[0].hasLeft).toBe(true);
  });

  it('refuses two champions, a nameless contact, and a deal the user may not edit; nothing written', async () => {
    const deal = await dealOf(people.rep);
    const twoChampions = contacts.map((contact) => ({ ...contact, isChampion: true }));
    const refusedTwo = await call(people.rep, contactsRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 1, contacts: twoChampions } });
    expect(refusedTwo.status).toBe(400);
    expect(JSON.stringify(refusedTwo.body.error)).toMatch(/Only one contact can be the champion/);
    const nameless = await call(people.rep, contactsRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 1, contacts: [{ id: 'x', name: ' ' }] } });
    expect(nameless.status).toBe(400);
    const teammate = await call(people.teammate, contactsRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 1, contacts } });
    expect(teammate.status).toBe(403);
    expect(teammate.body.error.message).toBeTruthy();
    await expectNothingWritten(deal);
  });
});

describe('pushes and flow', () => {
  it('the board carries each open deal’s close-date changes; two pushes make it slipping', async () => {
    const deal = await dealOf(people.rep, { expectedCloseDate: new Date('2026-12-10T00:00:00Z') });
    const first = await call(people.rep, dealRoute.PATCH, { method: 'PATCH', params: { dealId: deal.id }, body: { version: 1, expectedCloseDate: '2026-12-17' } });
    expect(first.status).toBe(200);
    await call(people.rep, dealRoute.PATCH, { method: 'PATCH', params: { dealId: deal.id }, body: { version: 2, notes: 'No date change here' } });
    await call(people.rep, dealRoute.PATCH, { method: 'PATCH', params: { dealId: deal.id }, body: { version: 3, expectedCloseDate: '2026-12-24' } });
    const board = await call(people.rep, teamBoardRoute.GET, { method: 'GET', params: { teamId } });
    expect(board.status).toBe(200);
    const changes = board.body.board.closeDateChanges[deal.id];
    expect(changes.map((change: { from: string; to: string }) => [change.from, change.to])).toEqual([
      ['2026-12-10', '2026-12-17'],
      ['2026-12-17', '2026-12-24'],
    ]);
    const summary = summarizePushes(changes, '2026-12-24');
    expect(summary).toMatchObject({ pushCount: 2, pushedDays: 14, isSlipping: true });
    expect(board.body.board.teams[0].staleAfterDaysByStage).toEqual({ BACKLOG: null, TODO: null, IN_PROGRESS: null });
  });

  it('the month’s flow for a team and its office balances to the pipeline now', async () => {
    const now = new Date();
    // The office's month (New York), which is what the flow reports.
    const thisMonth = monthKey(monthStartInZone(now, 'America/New_York'));
    const inMonth = new Date(`${thisMonth}-28T00:00:00Z`);
    const pushed = await dealOf(people.rep, { amountMinor: 1_000, expectedCloseDate: inMonth, createdAt: new Date('2025-01-01T00:00:00Z') });
    const won = await dealOf(people.rep, { amountMinor: 2_000, expectedCloseDate: inMonth, stage: 'IN_PROGRESS', createdAt: new Date('2025-01-01T00:00:00Z') });
    await dealOf(people.teammate, { amountMinor: 4_000, expectedCloseDate: inMonth, createdAt: new Date('2025-01-01T00:00:00Z') });
    const later = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 5)).toISOString().slice(0, 10);
    expect((await call(people.rep, dealRoute.PATCH, { method: 'PATCH', params: { dealId: pushed.id }, body: { version: 1, expectedCloseDate: later } })).status).toBe(200);
    expect((await call(people.rep, closeRoute.POST, { params: { dealId: won.id }, body: { version: 1, outcome: 'WON', closedAmountMinor: 1_500 } })).status).toBe(200);

    for (const scope of [`?kind=team&id=${teamId}`, `?kind=office&id=${officeId}`]) {
      const answer = await call(people.rep, flowRoute.GET, { method: 'GET', query: scope });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const { flow } = answer.body.flow;
      expect(flow.opening).toEqual({ count: 3, amountMinor: 7_000 });
      expect(flow.pushedOut).toEqual({ count: 1, amountMinor: 1_000 });
      expect(flow.won).toEqual({ count: 1, amountMinor: 2_000, closedAmountMinor: 1_500 });
      expect(flow.closing).toEqual({ count: 1, amountMinor: 4_000 });
      expect(flowBalance(flow)).toBe(flow.closing.amountMinor);
    }
    expect((await call(people.rep, flowRoute.GET, { method: 'GET', query: '?kind=planet&id=x' })).status).toBe(400);
    expect((await call(people.rep, flowRoute.GET, { method: 'GET', query: '?kind=team&id=nope' })).status).toBe(404);
  });
});

describe('stale thresholds per column', () => {
  it('an admin sets a column its own stale days; the board carries them, and a bad number writes nothing', async () => {
    const admin = await createUser(database().prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
    const saved = await call(admin, adminTeamRoute.PATCH, { method: 'PATCH', params: { teamId }, body: { staleAfterDaysTodo: 10, staleAfterDaysInProgress: 5 } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const board = await call(people.rep, teamBoardRoute.GET, { method: 'GET', params: { teamId } });
    expect(board.body.board.teams[0].staleAfterDaysByStage).toEqual({ BACKLOG: null, TODO: 10, IN_PROGRESS: 5 });
    expect(board.body.board.teams[0].staleAfterDays).toBe(14);
    const refused = await call(admin, adminTeamRoute.PATCH, { method: 'PATCH', params: { teamId }, body: { staleAfterDaysTodo: 0 } });
    expect(refused.status).toBe(400);
    expect((await database().prisma.team.findUniqueOrThrow({ where: { id: teamId } })).staleAfterDaysTodo).toBe(10);
  });
});

describe('live', () => {
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

  it('an activity, a next step and contacts reach the team’s board as deal:changed after commit; a refused one sends nothing', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server.url, {
      path: socketPath,
      transports: ['websocket'],
      extraHeaders: { cookie: await cookieFor(people.teammate) },
    });
    sockets.push(socket);
    const received: TDealChange[] = [];
    socket.on('deal:changed', (change) => received.push(change));
    const reply = await socket.emitWithAck('board:join', { teamIds: [teamId], afterSequence: 0 });
    expect(reply.ok).toBe(true);

    const deal = await dealOf(people.rep);
    await call(people.rep, activitiesRoute.POST, { params: { dealId: deal.id }, body: { version: 1, type: 'FAX' } });
    await call(people.rep, activitiesRoute.POST, { params: { dealId: deal.id }, body: { version: 1, type: 'EMAIL' } });
    await call(people.rep, nextStepRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 2, nextStep: 'Call back', dueOn: '2026-12-09' } });
    await call(people.rep, contactsRoute.PUT, { method: 'PUT', params: { dealId: deal.id }, body: { version: 3, contacts: [{ id: 'c', name: 'Dana' }] } });
    await expect.poll(() => received.length).toBe(3);
    expect(received.map((change) => change.type)).toEqual(['ACTIVITY_LOGGED', 'UPDATED', 'UPDATED']);
    expect(received[2]!.deal.contacts).toEqual([{ id: 'c', name: 'Dana', role: '', isChampion: false, hasLeft: false }]);
  });
});
