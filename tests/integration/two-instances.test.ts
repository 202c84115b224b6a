import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents } from '@/realtime/events';
import type { TWallSnapshot } from '@/schemas/wall';
import { applyChanges, applyFigures } from '@/components/wall/live-snapshot';
import { projectRoot } from '@/server/migrations';
import { seedLargeOrganisation } from '@/server/large-seed';
import { loadSessionUser } from '@/server/auth/session-user';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { createWallToken } from '@/server/use-cases/create-wall-token';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { invalidateMonthSummaries } from '@/server/wall/load-month-summary';
import { useTestDatabase } from '../setup/test-database';

// Two Cadence instances as real processes (tests/setup/realtime-instance.ts: socket.io
// with the Redis streams adapter and the real close route) on one PostgreSQL database
// and one Redis: a close on one reaches a wall on the other, and a wall whose instance is
// killed reconnects through a proxy to the other and ends on the right figures. The proxy
// here is a few lines of TCP forwarding that, like nginx, passes a connection to the next
// instance when one refuses it (the benchmark uses nginx itself: npm run bench:scale).

const database = useTestDatabase();
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Instance = { child: ChildProcess; port: number; url: string };
const instances: Instance[] = [];
const sockets: Socket[] = [];
type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
let proxy: net.Server | undefined;
let apiToken = '';
let wallToken = '';

function startInstance(): Promise<Instance> {
  const { target } = database();
  if (target.kind !== 'postgres') throw new Error('this test runs on PostgreSQL only');
  // One process (node --import tsx), so that killing it kills the instance itself.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'setup', 'realtime-instance.ts')], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: target.url, REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the instance did not start:\n${output}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const port = Number(match[1]);
      const instance = { child, port, url: `http://127.0.0.1:${port}` };
      instances.push(instance);
      resolve(instance);
    });
    child.once('exit', (code) => reject(new Error(`the instance exited (${code}):\n${output}`)));
  });
}

/** Forwards each connection to the first instance that accepts it; records which one took it. */
function startProxy(upstreams: Instance[], taken: number[]): Promise<string> {
  proxy = net.createServer((client) => {
    client.pause();
    const attempt = (index: number) => {
      const upstream = upstreams[index];
      if (!upstream) {
        client.destroy();
        return;
      }
      const server = net.connect(upstream.port, '127.0.0.1');
      server.once('error', () => attempt(index + 1));
      server.once('connect', () => {
        server.removeAllListeners('error');
        taken.push(upstream.port);
        server.on('error', () => client.destroy());
        client.on('error', () => server.destroy());
        client.pipe(server).pipe(client);
        client.resume();
      });
    };
    attempt(0);
  });
  return new Promise((resolve) => proxy!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(proxy!.address() as net.AddressInfo).port}`)));
}

type Wall = { socket: Socket<ServerToClientEvents, ClientToServerEvents>; shown: TWallSnapshot | null; connects: number };

/** A TV wall as src/components/wall/follow-wall.ts runs one: it joins on every (re)connect and applies what is pushed. */
function openWall(url: string): Wall {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
    path: socketPath,
    transports: ['websocket'],
    auth: { wallToken },
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  sockets.push(socket);
  const wall: Wall = { socket, shown: null, connects: 0 };
  const show = (snapshot: TWallSnapshot) => {
    if (!wall.shown || snapshot.sequence >= wall.shown.sequence) wall.shown = snapshot;
  };
  socket.on('connect', () => {
    wall.connects += 1;
    void socket.emitWithAck('wall:join', { detail: 'teams' }).then((reply) => reply.ok && show(reply.snapshot));
  });
  socket.on('wall:snapshot', show);
  socket.on('wall:figures', (figures) => {
    const applied = wall.shown ? applyFigures(wall.shown, figures) : null;
    if (applied) show(applied);
  });
  socket.on('wall:changes', (changes) => {
    const applied = wall.shown ? applyChanges(wall.shown, changes) : null;
    if (applied) show(applied);
  });
  return wall;
}

async function closeOneDeal(instance: Instance): Promise<number> {
  const deal = await database().prisma.deal.findFirstOrThrow({ where: { stage: 'IN_PROGRESS' }, orderBy: { id: 'asc' } });
  const response = await fetch(`${instance.url}/api/deals/${deal.id}/close`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: deal.version, outcome: 'WON', idempotencyKey: randomUUID() }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { change: { sequence: number } };
  return body.change.sequence;
}

/** The company wall's team figures as a fresh read from the database gives them. */
async function freshTeamFigures() {
  invalidateMonthSummaries();
  const snapshot = await getWallSnapshot({ scope: { kind: 'company' }, detail: 'teams' });
  return snapshot.teams.map((team) => [team.id, team.closedWonMinor]);
}

beforeAll(async () => {
  const { target } = database();
  if (target.kind !== 'postgres') throw new Error('this test runs on PostgreSQL only');
  await seedLargeOrganisation({ databaseUrl: target.url, size: 'tiny', force: true });
  const admin = await database().prisma.user.findUniqueOrThrow({ where: { email: 'admin@cadence.demo' } });
  const actor = (await loadSessionUser(admin.id))!;
  apiToken = (await createApiToken({ actor, input: { name: 'two instances' } })).token;
  wallToken = (await createWallToken({ actor, input: { name: 'Lobby', scope: 'COMPANY' } })).token;
  await Promise.all([startInstance(), startInstance()]);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  proxy?.close();
  for (const { child } of instances.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
});

describe('two instances on one database and one Redis', () => {
  it('shows a close made on one instance on a wall connected to the other', async () => {
    const [first, second] = instances as [Instance, Instance];
    const wall = openWall(second.url);
    await expect.poll(() => wall.shown !== null, { timeout: 10_000 }).toBe(true);
    const sequence = await closeOneDeal(first);
    await expect.poll(() => wall.shown!.sequence, { timeout: 5_000 }).toBeGreaterThanOrEqual(sequence);
    expect(wall.shown!.teams.map((team) => [team.id, team.closedWonMinor])).toEqual(await freshTeamFigures());
  });

  it('sends a change that its instance never announced (it died first) to the boards on the other', async () => {
    const [first, second] = instances as [Instance, Instance];
    const prisma = database().prisma;
    const teamIds = (await prisma.team.findMany({ select: { id: true } })).map((team) => team.id);
    const board: LiveSocket = connect(second.url, { path: socketPath, transports: ['websocket'], auth: { token: apiToken }, reconnection: false });
    sockets.push(board);
    const received: number[] = [];
    board.on('deal:changed', (change) => received.push(change.sequence));
    const from = Number((await prisma.dealEvent.aggregate({ _max: { sequence: true } }))._max.sequence);
    const joined = await board.emitWithAck('board:join', { teamIds, afterSequence: from });
    expect(joined.ok).toBe(true);
    // A change committed with nobody told: what an instance killed between its commit and
    // its announcement leaves behind. Then an ordinary close on the first instance.
    const latest = await prisma.dealEvent.findFirstOrThrow({ where: { type: 'CLOSED' }, orderBy: { sequence: 'desc' } });
    const silent = await prisma.dealEvent.create({
      data: { dealId: latest.dealId, teamId: latest.teamId, actorId: latest.actorId, type: 'UPDATED', before: latest.after ?? undefined, after: latest.after ?? undefined },
    });
    const announced = await closeOneDeal(first);
    await expect.poll(() => received.includes(announced), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => received.includes(silent.sequence), { timeout: 5_000 }).toBe(true);
    expect(received.filter((sequence) => sequence === silent.sequence)).toHaveLength(1);
  });

  it("reconnects a killed instance's wall through the proxy to the other, on the right figures", async () => {
    const [first, second] = instances as [Instance, Instance];
    const taken: number[] = [];
    const proxyUrl = await startProxy([first, second], taken);
    const wall = openWall(proxyUrl);
    await expect.poll(() => wall.shown !== null, { timeout: 10_000 }).toBe(true);
    expect(taken).toEqual([first.port]);
    await closeOneDeal(first);

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    // Closed while the wall has no connection: it must still end on these figures.
    await closeOneDeal(second);
    await expect.poll(() => wall.connects, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(taken.at(-1)).toBe(second.port);
    const sequence = await closeOneDeal(second);
    await expect.poll(() => wall.shown!.sequence, { timeout: 5_000 }).toBeGreaterThanOrEqual(sequence);
    expect(wall.shown!.teams.map((team) => [team.id, team.closedWonMinor])).toEqual(await freshTeamFigures());
  });
});
