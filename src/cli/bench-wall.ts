import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents } from '@/realtime/events';
import type { TWallFigures, TWallSnapshot } from '@/schemas/wall';
import type { TDealChange } from '@/schemas/deal';
import { newChanges, rejoinAfter, rejoinMargin } from '@/domain/board/live-changes';
import { applyFigures } from '@/components/wall/live-snapshot';
import { createWallToken } from '@/server/use-cases/create-wall-token';
import { loadSessionUser } from '@/server/auth/session-user';
import { monthStartInZone } from '@/domain/calendar';
import { describeSamples, round } from './bench/statistics';
import { startBenchEnvironment, type BenchEnvironment } from './bench/bench-environment';
import { writeBenchmarkSection } from './bench/benchmark-report';
import { runCommand } from './run-command';

// npm run bench:wall — on PostgreSQL with the demo organisation's year of history:
//  1. close-to-wall latency: from the HTTP request that closes a deal to the last of
//     1,000 connected walls receiving the new figures, against a floor (a bare UPDATE
//     plus a bare socket.io broadcast to 1,000 clients) measured in the same run;
//  2. the company wall's snapshot endpoint;
//  3. a load of 200 closes a second for 30 s with the walls connected, checking that
//     every wall ends on the right figures, never moves a figure backwards, and hears
//     at least once a second; and that boards watching every team get every card
//     change, each once and each card's in order, one of them after dropping its
//     connection mid-load and catching up the way a browser does.

const wallCount = Number(process.env.BENCH_WALLS ?? 1000);
const boardCount = Number(process.env.BENCH_BOARDS ?? 10);
const latencyRounds = Number(process.env.BENCH_ROUNDS ?? 60);
const loadRate = Number(process.env.BENCH_RATE ?? 200);
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 30);
const log = (line: string) => console.log(`bench:wall: ${line}`);
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

type Wall = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  arrivals: { sequence: number; at: number }[];
  latest: TWallSnapshot | null;
  lastAt: number;
  longestGapMs: number;
  backwards: number;
  /** Figures that did not fit the bars this wall holds (each would make a real wall join again). */
  unfitting: number;
};

// Each wall does what a TV does (src/components/wall/follow-wall.ts): figures are
// applied to the bars it holds, a whole snapshot replaces them, and the checks below run
// on the result. A thousand TVs do that each in their own browser, at the same time;
// here they share one event loop, so a wall notes when its update arrived and the
// applying waits until the burst of arrivals has been taken in (one setImmediate later).
// Otherwise the last wall's arrival would be charged for applying 999 other walls' updates.
type Arrival = { at: number } & ({ figures: TWallFigures } | { snapshot: TWallSnapshot });
const unapplied: { wall: Wall; arrival: Arrival }[] = [];
let isApplyScheduled = false;

function applyArrivals(): void {
  isApplyScheduled = false;
  for (const { wall, arrival } of unapplied.splice(0)) {
    if ('snapshot' in arrival) {
      receive(wall, arrival.snapshot, arrival.at);
      continue;
    }
    const applied = wall.latest ? applyFigures(wall.latest, arrival.figures) : null;
    if (applied) receive(wall, applied, arrival.at);
    else wall.unfitting += 1;
  }
}

function arrive(wall: Wall, arrival: Arrival): void {
  unapplied.push({ wall, arrival });
  if (!isApplyScheduled) {
    isApplyScheduled = true;
    setImmediate(applyArrivals);
  }
}

function receive(wall: Wall, snapshot: TWallSnapshot, at: number): void {
  wall.arrivals.push({ sequence: snapshot.sequence, at });
  if (wall.lastAt) wall.longestGapMs = Math.max(wall.longestGapMs, at - wall.lastAt);
  wall.lastAt = at;
  if (wall.latest && snapshot.sequence < wall.latest.sequence) return;
  if (wall.latest) {
    // Closing deals only ever adds revenue: any team figure that falls is a bug. Bars of
    // the same layout come in the same order.
    const previous = wall.latest.teams;
    if (snapshot.layout === wall.latest.layout) {
      snapshot.teams.forEach((team, index) => {
        if (team.closedWonMinor < previous[index]!.closedWonMinor) wall.backwards += 1;
      });
    } else {
      const before = new Map(previous.map((team) => [team.id, team.closedWonMinor]));
      for (const team of snapshot.teams) if (team.closedWonMinor < (before.get(team.id) ?? 0)) wall.backwards += 1;
    }
  }
  wall.latest = snapshot;
}

async function connectWalls(baseUrl: string, wallToken: string): Promise<Wall[]> {
  const walls: Wall[] = [];
  for (let batch = 0; batch < wallCount; batch += 100) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(100, wallCount - batch) }, async () => {
        const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(baseUrl, {
          path: socketPath,
          transports: ['websocket'],
          auth: { wallToken },
        });
        const wall: Wall = { socket, arrivals: [], latest: null, lastAt: 0, longestGapMs: 0, backwards: 0, unfitting: 0 };
        socket.on('wall:figures', (figures) => arrive(wall, { at: performance.now(), figures }));
        socket.on('wall:snapshot', (snapshot) => arrive(wall, { at: performance.now(), snapshot }));
        const joined = await socket.emitWithAck('wall:join', { detail: 'teams' });
        if (!joined.ok) throw new Error(`a wall could not join: ${joined.error}`);
        wall.latest = joined.snapshot;
        return wall;
      }),
    );
    walls.push(...opened);
  }
  return walls;
}

/** Waits until every wall has seen figures at or after `sequence`; returns the first and last arrival. */
async function arrivalsOf(walls: Wall[], sequence: number, timeoutMs = 10_000): Promise<{ first: number; last: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    let missing = 0;
    for (const wall of walls) {
      const arrival = wall.arrivals.find((entry) => entry.sequence >= sequence);
      if (!arrival) {
        missing += 1;
        continue;
      }
      first = Math.min(first, arrival.at);
      last = Math.max(last, arrival.at);
    }
    if (missing === 0) return { first, last };
    if (performance.now() > deadline) throw new Error(`${missing} walls never saw sequence ${sequence}`);
    await sleep(2);
  }
}

// A board watching every team, as src/components/board/use-board-live.ts and
// use-board-data.ts do it (domain/board/live-changes.ts): changes are applied once
// each (by sequence), and on a reconnect it joins again from a margin before the
// highest sequence it has seen.
type BoardWatcher = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** The changes applied, in the order they were applied. */
  applied: { sequence: number; dealId: string; version: number }[];
  seen: Set<number>;
  /** The sequence the board was loaded at. */
  base: number;
  highest: number;
  hasJoined: boolean;
  /** How far below the highest sequence already applied a live change came, at most. */
  furthestBehind: number;
  /** Changes delivered again (live or in a catch-up) that the board had already applied. */
  redelivered: number;
};

function applyToBoard(board: BoardWatcher, changes: readonly TDealChange[], isLive: boolean): void {
  const fresh = newChanges(changes, board.base, board.seen);
  board.redelivered += changes.filter((change) => change.sequence > board.base).length - fresh.length;
  for (const change of fresh) {
    board.seen.add(change.sequence);
    // A catch-up's changes are behind the live ones that came in while it was read.
    if (isLive) board.furthestBehind = Math.max(board.furthestBehind, board.highest - change.sequence);
    board.highest = Math.max(board.highest, change.sequence);
    board.applied.push({ sequence: change.sequence, dealId: change.deal.id, version: change.deal.version });
  }
}

async function joinBoard(board: BoardWatcher, teamIds: string[]): Promise<void> {
  const afterSequence = board.hasJoined ? rejoinAfter(board.highest, board.base) : board.highest;
  const reply = await board.socket.emitWithAck('board:join', { teamIds, afterSequence });
  board.hasJoined = true;
  if (!reply.ok) throw new Error(`a board could not join: ${reply.error}`);
  if (!reply.complete) throw new Error('a board missed too much to catch up');
  applyToBoard(board, reply.changes, false);
}

async function connectBoards(baseUrl: string, token: string, teamIds: string[], afterSequence: number): Promise<BoardWatcher[]> {
  return Promise.all(
    Array.from({ length: boardCount }, async () => {
      const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(baseUrl, {
        path: socketPath,
        transports: ['websocket'],
        auth: { token },
        forceNew: true,
      });
      const board: BoardWatcher = {
        socket,
        applied: [],
        seen: new Set(),
        base: afterSequence,
        highest: afterSequence,
        hasJoined: false,
        furthestBehind: 0,
        redelivered: 0,
      };
      socket.on('deal:changed', (change) => applyToBoard(board, [change], true));
      await joinBoard(board, teamIds);
      return board;
    }),
  );
}

/** Checks each board against the DealEvent log: every change after `afterSequence` applied once, each card's in version order. */
async function checkBoards(environment: BenchEnvironment, boards: BoardWatcher[], afterSequence: number) {
  const logged = await environment.database.prisma.dealEvent.findMany({
    where: { sequence: { gt: afterSequence } },
    select: { sequence: true },
  });
  const expected = logged.map((event) => Number(event.sequence));
  let missing = 0;
  let outOfOrder = 0;
  let arrivedOutOfSequence = 0;
  for (const board of boards) {
    missing += expected.filter((sequence) => !board.seen.has(sequence)).length;
    const lastVersion = new Map<string, number>();
    let previous = 0;
    for (const change of board.applied) {
      if ((lastVersion.get(change.dealId) ?? 0) >= change.version) outOfOrder += 1;
      lastVersion.set(change.dealId, change.version);
      if (change.sequence < previous) arrivedOutOfSequence += 1;
      previous = Math.max(previous, change.sequence);
    }
  }
  return {
    changes: expected.length,
    missing,
    outOfOrder,
    arrivedOutOfSequence,
    redelivered: boards.reduce((sum, board) => sum + board.redelivered, 0),
    furthestBehind: Math.max(0, ...boards.map((board) => board.furthestBehind)),
  };
}

async function createOpenDeals(environment: BenchEnvironment, count: number): Promise<{ id: string; version: number }[]> {
  const prisma = environment.database.prisma;
  const reps = await prisma.user.findMany({
    where: { active: true, role: { in: ['REP', 'LEAD'] }, teamId: { not: null } },
    select: { id: true, teamId: true, team: { select: { office: { select: { currency: true, timeZone: true } } } } },
  });
  const rows = Array.from({ length: count }, (_, index) => {
    const rep = reps[index % reps.length]!;
    const month = monthStartInZone(new Date(), rep.team!.office.timeZone);
    return {
      id: `bench-deal-${String(index).padStart(5, '0')}`,
      account: `Bench account ${index}`,
      title: 'Benchmark deal',
      amountMinor: 100_000 + (index % 50) * 1_000,
      currency: rep.team!.office.currency,
      stage: 'IN_PROGRESS' as const,
      expectedCloseDate: new Date(month.getTime() + 20 * 86_400_000),
      ownerId: rep.id,
      teamId: rep.teamId!,
      position: 1_000_000 + index,
    };
  });
  for (let start = 0; start < rows.length; start += 2000) await prisma.deal.createMany({ data: rows.slice(start, start + 2000) });
  return rows.map((row) => ({ id: row.id, version: 1 }));
}

async function closeOverHttp(environment: BenchEnvironment, deal: { id: string; version: number }) {
  const response = await fetch(`${environment.baseUrl}/api/deals/${deal.id}/close`, {
    method: 'POST',
    headers: { authorization: `Bearer ${environment.tokens.admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: deal.version, outcome: 'WON' }),
  });
  if (!response.ok) throw new Error(`close answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { change: { sequence: number } }).change.sequence;
}

async function measureWallLatency(environment: BenchEnvironment, walls: Wall[], deals: { id: string; version: number }[]) {
  const last: number[] = [];
  const first: number[] = [];
  const answered: number[] = [];
  for (let round = 0; round < latencyRounds; round += 1) {
    await sleep(350); // beyond the publisher's coalescing interval: each close is its own update
    for (const wall of walls) wall.arrivals.length = 0;
    const started = performance.now();
    const sequence = await closeOverHttp(environment, deals.pop()!);
    answered.push(performance.now() - started);
    const arrivals = await arrivalsOf(walls, sequence);
    first.push(arrivals.first - started);
    last.push(arrivals.last - started);
  }
  return { last: describeSamples(last), first: describeSamples(first), answered: describeSamples(answered) };
}

async function measureFloor(environment: BenchEnvironment): Promise<number[]> {
  const httpServer = createServer();
  const io = new Server(httpServer, { serveClient: false });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const received = new Array<number>(wallCount).fill(0);
  const arrival = new Array<number>(wallCount).fill(0);
  const clients = await Promise.all(
    Array.from({ length: wallCount }, (_, index) => {
      const socket = connect(url, { transports: ['websocket'] });
      socket.on('tick', (value: number) => {
        received[index] = value;
        arrival[index] = performance.now();
      });
      return new Promise<Socket>((resolve) => socket.once('connect', () => resolve(socket)));
    }),
  );
  const database = new pg.Client({ connectionString: environment.databaseUrl });
  await database.connect();
  const deal = await environment.database.prisma.deal.findFirstOrThrow({ select: { id: true } });
  const samples: number[] = [];
  for (let round = 1; round <= latencyRounds; round += 1) {
    await sleep(50);
    const started = performance.now();
    await database.query('UPDATE "Deal" SET "notes" = $1 WHERE "id" = $2', [`floor ${round}`, deal.id]);
    io.emit('tick', round);
    while (received.some((value) => value !== round)) await sleep(1);
    samples.push(Math.max(...arrival) - started);
  }
  await database.end();
  for (const client of clients) client.disconnect();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  return samples;
}

async function measureSnapshotEndpoint(environment: BenchEnvironment): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < 200; round += 1) {
    const started = performance.now();
    const response = await fetch(`${environment.baseUrl}/api/wall`, { headers: { authorization: `Bearer ${environment.tokens.admin}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET /api/wall answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

async function runLoad(
  environment: BenchEnvironment,
  walls: Wall[],
  deals: { id: string; version: number }[],
  boards: { watchers: BoardWatcher[]; teamIds: string[] },
) {
  for (const wall of walls) {
    wall.arrivals.length = 0;
    wall.longestGapMs = 0;
    wall.lastAt = performance.now();
  }
  const total = Math.min(deals.length, loadRate * loadSeconds);
  const httpSamples: number[] = [];
  let failures = 0;
  let inFlight = 0;
  /** How far behind its schedule a close went out: it waits while 64 are in flight. */
  let longestLagMs = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  // One board drops its connection for a second a third of the way in, then joins again
  // from the highest sequence it saw (at 200 changes a second, longer would pass the
  // 500 changes a catch-up replays, and a browser would load the board afresh).
  const dropping = boards.watchers[0];
  const reconnected = dropping
    ? sleep((loadSeconds * 1000) / 3).then(async () => {
        dropping.socket.disconnect();
        await sleep(1000);
        dropping.socket.connect();
        await new Promise<void>((resolve) => dropping.socket.once('connect', () => resolve()));
        await joinBoard(dropping, boards.teamIds);
      })
    : Promise.resolve();
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / loadRate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight >= 64) await sleep(1);
    inFlight += 1;
    const deal = deals.pop()!;
    const requestStarted = performance.now();
    longestLagMs = Math.max(longestLagMs, requestStarted - due);
    pending.push(
      closeOverHttp(environment, deal)
        .then(() => {
          httpSamples.push(performance.now() - requestStarted);
        })
        .catch(() => {
          failures += 1;
        })
        .finally(() => {
          inFlight -= 1;
        }),
    );
  }
  await Promise.all(pending);
  await reconnected;
  const elapsedSeconds = (performance.now() - started) / 1000;
  const loadEndedAt = performance.now();
  // Gaps are judged over the load itself: a wall's silence since its last update counts
  // up to the end of the load (a wall that stopped hearing altogether has one long gap).
  const silenceAtEnd = walls.map((wall) => loadEndedAt - wall.lastAt);
  await sleep(1500);
  const longestGapMs = Math.max(...walls.map((wall, index) => Math.max(wall.longestGapMs, silenceAtEnd[index]!)));
  const truth = (await (
    await fetch(`${environment.baseUrl}/api/wall`, { headers: { authorization: `Bearer ${environment.tokens.admin}` } })
  ).json()) as { snapshot: TWallSnapshot };
  const truthByTeam = new Map(truth.snapshot.teams.map((team) => [team.id, team.closedWonMinor]));
  const wrong = walls.filter((wall) => wall.latest?.teams.some((team) => team.closedWonMinor !== truthByTeam.get(team.id))).length;
  return {
    closes: total,
    failures,
    achievedRate: total / elapsedSeconds,
    longestLagMs,
    http: describeSamples(httpSamples),
    longestGapMs,
    backwards: walls.reduce((sum, wall) => sum + wall.backwards, 0),
    unfitting: walls.reduce((sum, wall) => sum + wall.unfitting, 0),
    wrong,
    truthSequence: truth.snapshot.sequence,
    settleMs: 1500,
    loadEndedAt,
  };
}

await runCommand('bench:wall', async () => {
  const environment = await startBenchEnvironment({ port: Number(process.env.BENCH_PORT ?? 3210), log });
  try {
    const admin = await environment.database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@cadence.demo' }, select: { id: true } });
    const tv = await createWallToken({ actor: (await loadSessionUser(admin.id))!, input: { name: 'Benchmark', scope: 'COMPANY' } });
    const deals = await createOpenDeals(environment, latencyRounds + loadRate * loadSeconds + 100);
    log(`connecting ${wallCount} walls`);
    const walls = await connectWalls(environment.baseUrl, tv.token);

    log(`close-to-wall latency, ${latencyRounds} closes`);
    const latency = await measureWallLatency(environment, walls, deals);
    const wall = latency.last;
    log('snapshot endpoint, 200 requests');
    const snapshot = describeSamples(await measureSnapshotEndpoint(environment));
    const teamIds = (await environment.database.prisma.team.findMany({ select: { id: true } })).map((team) => team.id);
    const loadFrom = Number((await environment.database.prisma.dealEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0);
    log(`connecting ${boardCount} boards watching all ${teamIds.length} teams`);
    const boards = await connectBoards(environment.baseUrl, environment.tokens.admin, teamIds, loadFrom);
    log(`load: ${loadRate} closes a second for ${loadSeconds} s`);
    const load = await runLoad(environment, walls, deals, { watchers: boards, teamIds });
    const boardCheck = await checkBoards(environment, boards, loadFrom);
    for (const entry of walls) entry.socket.disconnect();
    for (const board of boards) board.socket.disconnect();
    log(`floor: bare UPDATE + bare broadcast to ${wallCount} clients, ${latencyRounds} rounds`);
    const floor = describeSamples(await measureFloor(environment));

    const ratio = wall.p95 / floor.p95;
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL (local)`;
    writeBenchmarkSection(
      'wall',
      `## bench:wall — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${machine}. ${wallCount} wall clients (TV links, company scope) in the benchmark
process; the app is the built production server in its own process.

| Measure | Median | p95 | Target |
| --- | --- | --- | --- |
| Close over HTTP → last of ${wallCount} walls has the new figures (${wall.count} closes) | ${round(wall.median)} ms | ${round(wall.p95)} ms | p95 ≤ 100 ms |
| Floor: bare UPDATE + bare socket.io broadcast to ${wallCount} clients | ${round(floor.median)} ms | ${round(floor.p95)} ms | — |
| Ratio (wall p95 / floor p95) | | ${round(ratio, 2)} | |
| … of which: close over HTTP → the close answered | ${round(latency.answered.median)} ms | ${round(latency.answered.p95)} ms | — |
| … of which: close over HTTP → first of ${wallCount} walls has the new figures | ${round(latency.first.median)} ms | ${round(latency.first.p95)} ms | — |
| GET /api/wall, company scope (200 requests, figures cached until a deal changes) | ${round(snapshot.median)} ms | ${round(snapshot.p95)} ms | p95 ≤ 50 ms |

Load: ${load.closes} closes asked at ${loadRate}/s; achieved ${round(load.achievedRate)}/s (from the first close sent to the last one answered); ${load.failures} failed.
Closes went out at most ${round(load.longestLagMs)} ms behind their schedule (a close waits while 64 are in flight).
Close requests under load: median ${round(load.http.median)} ms, p95 ${round(load.http.p95)} ms.
Longest gap between updates on any wall during the load: ${round(load.longestGapMs)} ms (target ≤ 1,000 ms).
Figures that moved backwards: ${load.backwards}. Walls not on the right figures ${load.settleMs} ms after the load: ${load.wrong} of ${wallCount}. Updates that did not fit a wall's bars: ${load.unfitting}.
Boards: ${boardCount} watching every team through the load, one of them offline for 1 s a third of the way in and then catching up as a browser does. Of ${boardCheck.changes} card changes, summed over the boards: missed ${boardCheck.missing}, applied out of a card's order ${boardCheck.outOfOrder}; delivered again and skipped by sequence ${boardCheck.redelivered} (the catch-up's margin); applied after a change with a higher sequence (two cards' changes sent the other way round from how they committed) ${boardCheck.arrivedOutOfSequence}, by at most ${boardCheck.furthestBehind} sequences (a reconnecting board asks again from ${rejoinMargin} back).
`,
    );
    log(`load: ${round(load.achievedRate)} closes/s achieved, ${load.failures} failed, longest gap ${round(load.longestGapMs)} ms, ${load.backwards} backwards, ${load.wrong} walls wrong`);
    log(`boards: ${boardCheck.changes} changes, ${boardCheck.missing} missed, ${boardCheck.outOfOrder} out of a card's order, ${boardCheck.redelivered} redelivered, ${boardCheck.arrivedOutOfSequence} out of sequence (by at most ${boardCheck.furthestBehind})`);
    log(`snapshot endpoint p95_ms=${round(snapshot.p95)}`);
    console.log(`wall p95_ms=${round(wall.p95)} floor_p95_ms=${round(floor.p95)} ratio=${round(ratio, 2)}`);
  } finally {
    await environment.stop();
  }
});
