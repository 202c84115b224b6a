import { performance } from 'node:perf_hooks';
import type { TWallSnapshot } from '@/schemas/wall';
import { rejoinMargin } from '@/domain/board/live-changes';
import { describeSamples, round } from './bench/statistics';
import { startBenchEnvironment, type BenchEnvironment } from './bench/bench-environment';
import { describeMachine, reportTime, writeBenchmarkSection } from './bench/benchmark-report';
import { checkBoards, connectBoards, connectWalls, dropBoard, sleep, type Board, type Wall } from './bench/live-clients';
import { closeOverHttp, createOpenDeals, measureFloor, measureWallLatency, sendAtRate, timeRequest, type OpenDeal } from './bench/wall-measures';
import { currentSequence } from '@/server/current-sequence';
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
// The walls and boards do what a TV and a browser do (bench/live-clients.ts).

const wallCount = Number(process.env.BENCH_WALLS ?? 1000);
const boardCount = Number(process.env.BENCH_BOARDS ?? 10);
const latencyRounds = Number(process.env.BENCH_ROUNDS ?? 60);
const loadRate = Number(process.env.BENCH_RATE ?? 200);
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 30);
// How long the dropping board stays offline (BENCH_DROP_MS: longer than a catch-up covers makes it reload).
const dropMs = Number(process.env.BENCH_DROP_MS ?? 1000);
const log = (line: string) => console.log(`bench:wall: ${line}`);

async function runLoad(environment: BenchEnvironment, walls: Wall[], deals: OpenDeal[], boards: { watchers: Board[]; teamIds: string[] }) {
  for (const wall of walls) {
    wall.arrivals.length = 0;
    wall.longestGapMs = 0;
    wall.lastAt = performance.now();
  }
  const total = Math.min(deals.length, loadRate * loadSeconds);
  // One board drops its connection for a second a third of the way in, then joins again
  // from the highest sequence it saw (at 200 changes a second, longer would pass the
  // 500 changes a catch-up replays, and a browser would load the board afresh).
  const dropping = boards.watchers[0];
  const reconnected = dropping ? sleep((loadSeconds * 1000) / 3).then(() => dropBoard(dropping, dropMs)) : Promise.resolve();
  const sent = await sendAtRate({
    total,
    rate: loadRate,
    maxInFlight: 64,
    send: async () => {
      await closeOverHttp(environment.baseUrl, environment.tokens.admin, deals.pop()!);
    },
  });
  await reconnected;
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
    failures: sent.failures.length,
    achievedRate: total / sent.elapsedSeconds,
    /** How far behind its schedule a close went out: it waits while 64 are in flight. */
    longestLagMs: sent.longestLagMs,
    http: describeSamples(sent.samples),
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
    const prisma = environment.database.prisma;
    const deals = await createOpenDeals(prisma, { count: latencyRounds + loadRate * loadSeconds + 100, idOf: (index) => `bench-deal-${String(index).padStart(5, '0')}` });
    log(`connecting ${wallCount} walls`);
    const walls = await connectWalls(environment.baseUrl, environment.tokens.wall, wallCount);

    log(`close-to-wall latency, ${latencyRounds} closes`);
    const latency = await measureWallLatency({ walls, rounds: latencyRounds, send: () => closeOverHttp(environment.baseUrl, environment.tokens.admin, deals.pop()!) });
    const wall = latency.last;
    log('snapshot endpoint, 200 requests');
    const snapshotSamples: number[] = [];
    for (let index = 0; index < 200; index += 1) snapshotSamples.push(await timeRequest(`${environment.baseUrl}/api/wall`, environment.tokens.admin));
    const snapshot = describeSamples(snapshotSamples);
    const teamIds = (await prisma.team.findMany({ select: { id: true } })).map((team) => team.id);
    const loadFrom = await currentSequence();
    log(`connecting ${boardCount} boards watching all ${teamIds.length} teams`);
    const boards = await connectBoards(environment.baseUrl, environment.tokens.admin, teamIds, loadFrom, boardCount);
    log(`load: ${loadRate} closes a second for ${loadSeconds} s`);
    const load = await runLoad(environment, walls, deals, { watchers: boards, teamIds });
    const logged = await prisma.dealEvent.findMany({ where: { sequence: { gt: loadFrom } }, select: { sequence: true } });
    const boardCheck = checkBoards(boards, logged.map((event) => Number(event.sequence)));
    for (const entry of walls) entry.socket.disconnect();
    for (const board of boards) board.socket.disconnect();
    log(`floor: bare UPDATE + bare broadcast to ${wallCount} clients, ${latencyRounds} rounds`);
    const floorDeal = await prisma.deal.findFirstOrThrow({ select: { id: true } });
    const floor = describeSamples(await measureFloor({ databaseUrl: environment.databaseUrl, dealId: floorDeal.id, clients: wallCount, rounds: latencyRounds }));

    const ratio = wall.p95 / floor.p95;
    const machine = describeMachine();
    writeBenchmarkSection(
      'wall',
      `## bench:wall — ${reportTime()}

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
Boards: ${boardCount} watching every team through the load, one of them offline for ${dropMs / 1000} s a third of the way in and then catching up as a browser does (loading the board afresh when a catch-up cannot cover the gap: ${boardCheck.reloads} time(s)). Of ${boardCheck.changes} card changes, summed over the boards: missed ${boardCheck.missing}, applied out of a card's order ${boardCheck.outOfOrder}; delivered again and skipped by sequence ${boardCheck.redelivered} (the catch-up's margin); applied after a change with a higher sequence (two cards' changes sent the other way round from how they committed) ${boardCheck.arrivedOutOfSequence}, by at most ${boardCheck.furthestBehind} sequences (a reconnecting board asks again from ${rejoinMargin} back).
`,
    );
    log(`load: ${round(load.achievedRate)} closes/s achieved, ${load.failures} failed, longest gap ${round(load.longestGapMs)} ms, ${load.backwards} backwards, ${load.wrong} walls wrong`);
    log(`boards: ${boardCheck.changes} changes, ${boardCheck.missing} missed, ${boardCheck.outOfOrder} out of a card's order, ${boardCheck.redelivered} redelivered, ${boardCheck.reloads} reloaded, ${boardCheck.arrivedOutOfSequence} out of sequence (by at most ${boardCheck.furthestBehind})`);
    log(`snapshot endpoint p95_ms=${round(snapshot.p95)}`);
    console.log(`wall p95_ms=${round(wall.p95)} floor_p95_ms=${round(floor.p95)} ratio=${round(ratio, 2)}`);
  } finally {
    await environment.stop();
  }
});
