import { createServer } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { io as connect, type Socket } from 'socket.io-client';
import { attachRealtime } from '@/realtime/server';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents } from '@/realtime/events';
import type { TWallSnapshot } from '@/schemas/wall';
import { applyChanges, applyFigures } from '@/components/wall/live-snapshot';
import { seedDemoData } from '@/server/demo-seed';
import { closeDeal } from '@/server/use-cases/close-deal';
import { loadSessionUser } from '@/server/auth/session-user';
import * as wallRoute from '@/app/api/wall/route';
import * as dealRoute from '@/app/api/deals/[dealId]/route';
import * as burnDownRoute from '@/app/api/wall/burn-down/route';
import * as tvRoute from '@/app/api/tv/[token]/route';
import * as wallTokensRoute from '@/app/api/wall-tokens/route';
import * as wallTokenRoute from '@/app/api/wall-tokens/[tokenId]/route';
import { getHomeOverview } from '@/server/use-cases/get-home-overview';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { acceptEncodingRequestHeader, contentEncodingResponseHeader } from '@/server/web-headers';
import { useTestDatabase } from '../setup/test-database';

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
type Person = { id: string; name: string; role: string; teamId: string | null };
let people: Record<'admin' | 'lead' | 'rep' | 'manager', Person>;

beforeAll(async () => {
  await seedDemoData(database().prisma);
  const byEmail = async (email: string) =>
    database().prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, role: true, teamId: true } });
  people = {
    admin: await byEmail('admin@cadence.demo'),
    lead: await byEmail('lead@cadence.demo'),
    rep: await byEmail('rep@cadence.demo'),
    manager: await byEmail('manager@cadence.demo'),
  };
}, 120_000);

async function get(handler: (request: Request, context: never) => Promise<Response>, url: string, options: { as?: Person; params?: object; method?: string; body?: unknown } = {}) {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (options.as) headers.set('cookie', `next-auth.session-token=${await encode({ token: { sub: options.as.id, role: options.as.role as 'REP' }, secret })}`);
  const response = await handler(
    new Request(`http://localhost${url}`, { method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }),
    { params: Promise.resolve(options.params ?? {}) } as never,
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('the wall snapshot', () => {
  it('has a bar per team, office and rep, some teams ahead of pace and some behind', async () => {
    const { status, body } = await get(wallRoute.GET, '/api/wall', { as: people.rep });
    expect(status).toBe(200);
    const snapshot = body.snapshot as TWallSnapshot;
    expect(snapshot.teams).toHaveLength(9);
    expect(snapshot.offices.map((office) => office.name).sort()).toEqual(['London', 'New York', 'Sydney']);
    expect(snapshot.reps.length).toBeGreaterThan(60);
    expect(snapshot.company?.currency).toBe('USD');
    // The demo puts every office's teams on both sides of pace; before an office's month
    // has any working time (pace 0) its teams are all at pace, which counts as ahead.
    const paced = snapshot.teams.filter((team) => team.expectedPercent > 0);
    if (paced.length === 0) expect(new Set(snapshot.teams.map((team) => team.status))).toEqual(new Set(['ahead']));
    else expect(new Set(paced.map((team) => team.status))).toEqual(new Set(['ahead', 'behind']));
    for (const team of snapshot.teams) {
      expect(team.expectedPercent).toBeGreaterThanOrEqual(0);
      expect(team.expectedPercent).toBeLessThanOrEqual(100);
      // The projection never falls below what is already won.
      expect(team.projectedMinor).toBeGreaterThanOrEqual(team.closedWonMinor);
    }
    // An office's team goals add up to the office goal, in the office's currency.
    for (const office of snapshot.offices) {
      const teams = snapshot.teams.filter((team) => team.officeId === office.id);
      expect(teams.reduce((sum, team) => sum + team.goalMinor, 0)).toBe(office.goalMinor);
      expect(teams.every((team) => team.currency === office.currency)).toBe(true);
    }
  });

  it('narrows to one office, shows past months and refuses a malformed or future month', async () => {
    const london = await database().prisma.office.findUniqueOrThrow({ where: { name: 'London' } });
    const office = await get(wallRoute.GET, `/api/wall?officeId=${london.id}`, { as: people.rep });
    expect(office.body.snapshot.teams).toHaveLength(3);
    expect(office.body.snapshot.company).toBeNull();
    const lastYear = new Date();
    lastYear.setUTCMonth(lastYear.getUTCMonth() - 6);
    const past = await get(wallRoute.GET, `/api/wall?month=${lastYear.toISOString().slice(0, 7)}`, { as: people.rep });
    expect(past.status).toBe(200);
    expect(past.body.snapshot.isCurrentMonth).toBe(false);
    // A finished month's pace is complete.
    expect(past.body.snapshot.teams[0].expectedPercent).toBe(100);
    expect((await get(wallRoute.GET, '/api/wall?month=2026-13', { as: people.rep })).status).toBe(400);
    expect((await get(wallRoute.GET, '/api/wall?month=2999-01', { as: people.rep })).status).toBe(400);
    expect((await get(wallRoute.GET, '/api/wall')).status).toBe(401);
  });

  it('draws a team burn-down with a point per day, the ideal line reaching zero', async () => {
    const teamId = people.rep.teamId!;
    const { status, body } = await get(burnDownRoute.GET, `/api/wall/burn-down?kind=team&id=${teamId}`, { as: people.rep });
    expect(status).toBe(200);
    const points = body.burnDown.points as { isWorkingDay: boolean; idealRemainingMinor: number; actualRemainingMinor: number | null }[];
    expect(points.length).toBeGreaterThanOrEqual(28);
    expect(points[0]!.actualRemainingMinor).not.toBeNull();
    expect(points.at(-1)!.idealRemainingMinor).toBe(0);
    expect((await get(burnDownRoute.GET, '/api/wall/burn-down?kind=team&id=nope', { as: people.rep })).status).toBe(404);
    expect((await get(burnDownRoute.GET, '/api/wall/burn-down?kind=planet&id=x', { as: people.rep })).status).toBe(400);
  });

  it("explains a projection: won plus each column's weighted open deals adds up to the bar's projected figure", async () => {
    for (const query of [`kind=team&id=${people.rep.teamId!}`, 'kind=company']) {
      const { status, body } = await get(burnDownRoute.GET, `/api/wall/burn-down?${query}`, { as: people.rep });
      expect(status).toBe(200);
      const { bar, projection } = body.burnDown as {
        bar: { closedWonMinor: number; projectedMinor: number };
        projection: { closedWonMinor: number; projectedMinor: number; columns: { stage: string; openMinor: number; weightedMinor: number; count: number }[] };
      };
      expect(projection.columns.map((column) => column.stage)).toEqual(['BACKLOG', 'TODO', 'IN_PROGRESS']);
      expect(projection.closedWonMinor).toBe(bar.closedWonMinor);
      expect(projection.projectedMinor).toBe(bar.projectedMinor);
      const parts = projection.closedWonMinor + projection.columns.reduce((sum, column) => sum + column.weightedMinor, 0);
      // The company converts each office's deals; rounding may differ by a few minor units per office.
      expect(Math.abs(parts - bar.projectedMinor)).toBeLessThanOrEqual(query === 'kind=company' ? 10 : 0);
      expect(projection.columns.some((column) => column.count > 0 && column.openMinor >= column.weightedMinor)).toBe(true);
    }
  });
});

describe("the home page's progress", () => {
  it('shows a rep their own bar, their team and their office; a manager their teams; an admin the company and offices', async () => {
    const wall = (await get(wallRoute.GET, '/api/wall', { as: people.admin })).body.snapshot as TWallSnapshot;
    const kindsAndIds = (bars: { kind: string; id: string }[]) => bars.map((bar) => `${bar.kind}:${bar.id}`);

    const rep = await getHomeOverview({ actor: (await loadSessionUser(people.rep.id))! });
    const repTeam = wall.teams.find((team) => team.id === people.rep.teamId)!;
    expect(kindsAndIds(rep.progress)).toEqual([`rep:${people.rep.id}`, `team:${repTeam.id}`, `office:${repTeam.officeId}`]);
    // The same figures as the wall.
    expect(rep.progress[1]!.closedWonMinor).toBe(repTeam.closedWonMinor);
    expect(rep.progress[0]!.closedWonMinor).toBe(wall.reps.find((bar) => bar.id === people.rep.id)!.closedWonMinor);

    const manager = await getHomeOverview({ actor: (await loadSessionUser(people.manager.id))! });
    const managed = await database().prisma.team.findMany({ where: { managerId: people.manager.id }, select: { id: true } });
    expect(manager.progress.map((bar) => bar.id).sort()).toEqual(managed.map((team) => team.id).sort());
    expect(manager.progress.every((bar) => bar.kind === 'team')).toBe(true);

    const admin = await getHomeOverview({ actor: (await loadSessionUser(people.admin.id))! });
    expect(kindsAndIds(admin.progress)).toEqual(['company:company', ...wall.offices.map((office) => `office:${office.id}`)]);
  });
});

describe('the seeded history', () => {
  it('rebuilds every seeded deal card, version by version, from its events', async () => {
    const deal = await database().prisma.deal.findFirstOrThrow({ where: { ownerId: people.rep.id, stage: 'COMPLETED' } });
    const { status, body } = await get(dealRoute.GET, `/api/deals/${deal.id}`, { as: people.rep, params: { dealId: deal.id } });
    expect(status).toBe(200);
    const history = body.history as { type: string; deal: { version: number; stage: string } }[];
    expect(history[0]!.type).toBe('CREATED');
    expect(history.at(-1)).toMatchObject({ type: 'CLOSED', deal: { version: deal.version, stage: 'COMPLETED' } });
    expect(history.map((change) => change.deal.version)).toEqual(history.map((_, index) => index + 1));
  });
});

describe('TV links', () => {
  it('are made by admins for any scope and by leads for their own office only', async () => {
    const ny = await database().prisma.office.findUniqueOrThrow({ where: { name: 'New York' } });
    const london = await database().prisma.office.findUniqueOrThrow({ where: { name: 'London' } });
    const post = (as: Person, body: unknown) => get(wallTokensRoute.POST, '/api/wall-tokens', { as, method: 'POST', body });
    expect((await post(people.admin, { name: 'Lobby', scope: 'COMPANY' })).status).toBe(201);
    expect((await post(people.lead, { name: 'NY kitchen', scope: 'OFFICE', officeId: ny.id })).status).toBe(201);
    expect((await post(people.lead, { name: 'Elsewhere', scope: 'OFFICE', officeId: london.id })).status).toBe(403);
    expect((await post(people.lead, { name: 'Everything', scope: 'COMPANY' })).status).toBe(403);
    expect((await post(people.rep, { name: 'Mine', scope: 'OFFICE', officeId: ny.id })).status).toBe(403);
    const missingOffice = await post(people.admin, { name: 'Where?', scope: 'OFFICE' });
    expect(missingOffice.status).toBe(400);
    expect(missingOffice.body.error.issues[0].path).toBe('officeId');
  });

  it('show the wall signed out, cannot be guessed, and stop working once revoked', async () => {
    const created = await get(wallTokensRoute.POST, '/api/wall-tokens', { as: people.admin, method: 'POST', body: { name: 'Lobby', scope: 'COMPANY' } });
    const token = created.body.token.token as string;
    expect(token).toMatch(/^wall_[A-Za-z0-9_-]{43}$/);
    const shown = await get(tvRoute.GET, `/api/tv/${token}`, { params: { token } });
    expect(shown.status).toBe(200);
    expect(shown.body.snapshot.teams).toHaveLength(9);
    const guessed = `${token.slice(0, -2)}xx`;
    expect((await get(tvRoute.GET, `/api/tv/${guessed}`, { params: { token: guessed } })).status).toBe(404);
    await get(wallTokenRoute.DELETE, `/api/wall-tokens/${created.body.token.id}`, { as: people.admin, method: 'DELETE', params: { tokenId: created.body.token.id } });
    expect((await get(tvRoute.GET, `/api/tv/${token}`, { params: { token } })).status).toBe(404);
  });
});

describe('live walls', () => {
  const servers: { close: () => Promise<void> }[] = [];
  const sockets: Socket[] = [];

  async function startInstance(options: { redisUrl?: string } = {}) {
    const httpServer = createServer();
    const realtime = await attachRealtime(httpServer, options);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    servers.push(realtime);
    return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  }

  function openWall(url: string, auth: Record<string, string>, cookie?: string) {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
      path: socketPath,
      transports: ['websocket'],
      reconnection: false,
      auth,
      extraHeaders: cookie ? { cookie } : undefined,
    });
    sockets.push(socket);
    // Like a wall in the browser: whole snapshots replace what it holds, figures apply to
    // its bars and changes to the update it holds.
    const snapshots: TWallSnapshot[] = [];
    const received = { snapshots: 0, figures: 0, changes: 0, changedRows: 0, unfitting: 0 };
    const wins: NonNullable<TWallSnapshot['wins']> = [];
    let held: TWallSnapshot | null = null;
    socket.on('wall:snapshot', (snapshot) => {
      received.snapshots += 1;
      wins.push(...(snapshot.wins ?? []));
      held = snapshot;
      snapshots.push(snapshot);
    });
    /** Applies a live update to the update held, or counts it as not fitting. */
    const take = <Update extends { wins?: TWallSnapshot['wins'] }>(update: Update, apply: (shown: TWallSnapshot, update: Update) => TWallSnapshot | null) => {
      wins.push(...(update.wins ?? []));
      const applied = held ? apply(held, update) : null;
      if (!applied) {
        received.unfitting += 1;
        return;
      }
      held = applied;
      snapshots.push(applied);
    };
    socket.on('wall:figures', (figures) => {
      received.figures += 1;
      take(figures, applyFigures);
    });
    socket.on('wall:changes', (changes) => {
      received.changes += 1;
      received.changedRows = Math.max(received.changedRows, changes.changed.length);
      take(changes, applyChanges);
    });
    const join = async (request: Parameters<ClientToServerEvents['wall:join']>[0]) => {
      const reply = await socket.emitWithAck('wall:join', request);
      if (reply.ok) held = reply.snapshot;
      return reply;
    };
    return { socket, snapshots, received, join, wins };
  }

  /** Open deals of reps other than `people.rep`, from one end of the ids. */
  function openDealsOfOtherReps(order: 'asc' | 'desc', take: number) {
    return database().prisma.deal.findMany({
      where: { stage: { in: ['TODO', 'IN_PROGRESS'] }, deletedAt: null, ownerId: { not: people.rep.id } },
      orderBy: { id: order },
      take,
    });
  }

  async function closeOneOpenDeal() {
    const deal = await database().prisma.deal.findFirstOrThrow({
      where: { ownerId: people.rep.id, stage: 'IN_PROGRESS', deletedAt: null },
      orderBy: { amountMinor: 'desc' },
    });
    const actor = (await loadSessionUser(people.rep.id))!;
    return closeDeal({ actor, dealId: deal.id, input: { version: deal.version, outcome: 'WON' } });
  }

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const server of servers.splice(0)) await server.close();
  });

  afterAll(() => {
    for (const socket of sockets) socket.disconnect();
  });

  it('moves the bar on a TV wall when a deal closes, and the TV link cannot open a board', async () => {
    const url = await startInstance();
    const created = await get(wallTokensRoute.POST, '/api/wall-tokens', { as: people.admin, method: 'POST', body: { name: 'Lobby', scope: 'COMPANY' } });
    const tv = openWall(url, { wallToken: created.body.token.token });
    const joined = await tv.join({});
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    const before = joined.snapshot.teams.find((team) => team.id === people.rep.teamId)!;

    const board = await tv.socket.emitWithAck('board:join', { teamIds: [people.rep.teamId!], afterSequence: 0 });
    expect(board).toMatchObject({ ok: false });

    const closed = await closeOneOpenDeal();
    await expect.poll(() => tv.snapshots.some((snapshot) => snapshot.sequence >= closed.change.sequence), { timeout: 5_000 }).toBe(true);
    const after = tv.snapshots.at(-1)!.teams.find((team) => team.id === people.rep.teamId)!;
    expect(after.closedWonMinor).toBe(before.closedWonMinor + closed.deal.closedAmountMinor!);
    // The update names who closed what, for the celebration.
    expect(tv.wins).toContainEqual(
      expect.objectContaining({ dealId: closed.deal.id, teamId: people.rep.teamId, repName: people.rep.name, account: closed.deal.account, amountMinor: closed.deal.closedAmountMinor }),
    );
  });

  it('coalesces a burst of closes into a few updates that end on exactly the figures GET /api/wall gives', async () => {
    const url = await startInstance();
    const created = await get(wallTokensRoute.POST, '/api/wall-tokens', { as: people.admin, method: 'POST', body: { name: 'Lobby', scope: 'COMPANY' } });
    const tv = openWall(url, { wallToken: created.body.token.token });
    // A TV screen: team and office bars only.
    const joined = await tv.join({ detail: 'teams' });
    expect(joined.ok).toBe(true);
    // Deals of several reps and teams, closed one after another as fast as they go.
    const open = await openDealsOfOtherReps('asc', 6);
    expect(open).toHaveLength(6);
    const actor = (await loadSessionUser(people.admin.id))!;
    const closes = [];
    for (const deal of open) closes.push(await closeDeal({ actor, dealId: deal.id, input: { version: deal.version, outcome: 'WON' } }));
    const last = Math.max(...closes.map((closed) => closed.change.sequence));
    await expect.poll(() => tv.snapshots.some((snapshot) => snapshot.sequence >= last), { timeout: 5_000 }).toBe(true);
    // Fewer updates than changes, never an older one after a newer one.
    expect(tv.snapshots.length).toBeLessThanOrEqual(closes.length);
    const sequences = tv.snapshots.map((snapshot) => snapshot.sequence);
    expect(sequences).toEqual([...sequences].sort((first, second) => first - second));
    const shown = tv.snapshots.at(-1)!;
    const { body } = await get(wallRoute.GET, '/api/wall', { as: people.admin });
    const truth = body.snapshot as TWallSnapshot;
    expect(shown.sequence).toBe(truth.sequence);
    const figures = (snapshot: TWallSnapshot) =>
      [snapshot.company!, ...snapshot.offices, ...snapshot.teams].map((bar) => [bar.id, bar.goalMinor, bar.closedWonMinor, bar.projectedMinor]);
    expect(figures(shown)).toEqual(figures(truth));
    expect(shown.reps).toEqual([]);
    // A new server sends its first update whole; the bars did not change, so the rest
    // named only the bars whose figures moved (a close moves the company, an office and a
    // team), and every one fitted the update the wall held.
    expect(tv.received.snapshots).toBeLessThanOrEqual(1);
    expect(tv.received.changes).toBeGreaterThan(0);
    expect(tv.received.changedRows).toBeLessThan(1 + shown.offices.length + shown.teams.length);
    expect(tv.received.unfitting).toBe(0);
  });

  it('gives a wall joining a busy room that room\'s last update, so the changes after it apply', async () => {
    const url = await startInstance();
    const created = await get(wallTokensRoute.POST, '/api/wall-tokens', { as: people.admin, method: 'POST', body: { name: 'Lobby', scope: 'COMPANY' } });
    const first = openWall(url, { wallToken: created.body.token.token });
    expect((await first.join({ detail: 'teams' })).ok).toBe(true);
    const open = await openDealsOfOtherReps('desc', 4);
    expect(open).toHaveLength(4);
    const actor = (await loadSessionUser(people.admin.id))!;
    const closeAndWait = async (deal: (typeof open)[number], walls: ReturnType<typeof openWall>[]) => {
      const closed = await closeDeal({ actor, dealId: deal.id, input: { version: deal.version, outcome: 'WON' } });
      for (const wall of walls) await expect.poll(() => wall.snapshots.at(-1)?.sequence ?? 0, { timeout: 5_000 }).toBeGreaterThanOrEqual(closed.change.sequence);
    };
    await closeAndWait(open[0]!, [first]);
    await closeAndWait(open[1]!, [first]);
    // The second screen joins the room the first one has been hearing changes in.
    const second = openWall(url, { wallToken: created.body.token.token });
    const joined = await second.join({ detail: 'teams' });
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(joined.snapshot.generatedAt).toBe(first.snapshots.at(-1)!.generatedAt);
    await closeAndWait(open[2]!, [first, second]);
    await closeAndWait(open[3]!, [first, second]);
    expect(second.received.changes).toBeGreaterThan(0);
    expect(second.received.unfitting).toBe(0);
    const { body } = await get(wallRoute.GET, '/api/wall', { as: people.admin });
    const truth = body.snapshot as TWallSnapshot;
    const won = (snapshot: TWallSnapshot) => [snapshot.company!, ...snapshot.offices, ...snapshot.teams].map((bar) => [bar.id, bar.closedWonMinor]);
    expect(won(second.snapshots.at(-1)!)).toEqual(won(truth));
  });

  it('reaches a wall connected to another instance through Redis', async () => {
    // The second instance attached registers itself for broadcasts in this process:
    // deals closed here publish through it, and the wall listens on the first.
    const wallInstance = await startInstance({ redisUrl });
    await startInstance({ redisUrl });
    const cookie = `next-auth.session-token=${await encode({ token: { sub: people.manager.id, role: 'MANAGER' }, secret })}`;
    const wall = openWall(wallInstance, {}, cookie);
    const joined = await wall.join({ scope: { kind: 'company' } });
    expect(joined.ok).toBe(true);
    const closed = await closeOneOpenDeal();
    await expect.poll(() => wall.snapshots.some((snapshot) => snapshot.sequence >= closed.change.sequence), { timeout: 5_000 }).toBe(true);
  });
});

describe('the wall snapshot, cut once while the figures stand', () => {
  /** GET /api/wall as the custom server passes it on: the client's Accept-Encoding in the header only the route reads. */
  async function getRaw(handler: (request: Request, context: never) => Promise<Response>, url: string, acceptEncoding?: string) {
    const headers = new Headers({ cookie: `next-auth.session-token=${await encode({ token: { sub: people.admin.id, role: 'ADMIN' }, secret })}` });
    if (acceptEncoding) headers.set(acceptEncodingRequestHeader, acceptEncoding);
    const response = await handler(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({}) } as never);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('serves the same gzipped bytes until a deal changes, and plain JSON to a client that takes no gzip', async () => {
    const first = await getRaw(wallRoute.GET, '/api/wall', 'gzip, deflate, br');
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get(contentEncodingResponseHeader)).toBe('gzip');
    expect(first.response.headers.get('vary')).toBe('Accept-Encoding');
    const second = await getRaw(wallRoute.GET, '/api/wall', 'gzip');
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const plain = await getRaw(wallRoute.GET, '/api/wall');
    expect(plain.response.headers.get(contentEncodingResponseHeader)).toBeNull();
    expect(gunzipSync(first.bytes).equals(plain.bytes)).toBe(true);
    const before = JSON.parse(plain.bytes.toString('utf8')).snapshot as TWallSnapshot;
    // The snapshot is dated when its figures (pace included) were computed, not when asked for.
    expect(Date.parse(before.generatedAt)).toBeLessThanOrEqual(Date.now());
    // Callers in the process share the snapshot, which the tests freeze so nothing changes it.
    const shared = await getWallSnapshot({ scope: { kind: 'company' } });
    expect(shared).toBe(await getWallSnapshot({ scope: { kind: 'company' } }));
    expect(Object.isFrozen(shared.teams[0])).toBe(true);

    const deal = await database().prisma.deal.findFirstOrThrow({ where: { stage: 'IN_PROGRESS', deletedAt: null }, orderBy: { id: 'asc' } });
    const closed = await closeDeal({ actor: (await loadSessionUser(people.admin.id))!, dealId: deal.id, input: { version: deal.version, outcome: 'WON' } });
    const after = await getRaw(wallRoute.GET, '/api/wall', 'gzip');
    expect(after.bytes.equals(first.bytes)).toBe(false);
    const snapshot = JSON.parse(gunzipSync(after.bytes).toString('utf8')).snapshot as TWallSnapshot;
    expect(snapshot.sequence).toBe(closed.change.sequence);
    expect(snapshot.company!.closedWonMinor).toBeGreaterThan(before.company!.closedWonMinor);
  });
});
