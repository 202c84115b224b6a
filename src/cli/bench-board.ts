import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { describeSamples, round } from './bench/statistics';
import { measureBoardLoads } from './bench/board-load';
import { startBenchEnvironment, type BenchEnvironment } from './bench/bench-environment';
import { writeBenchmarkSection } from './bench/benchmark-report';
import { runCommand } from './run-command';

// npm run bench:board — on PostgreSQL with the demo organisation:
//  1. how long the server takes to acknowledge a move (HTTP round trip of
//     POST /api/deals/:id/move), against a floor measured in the same run: the round trip
//     of GET /api/health (HTTP + SELECT 1) on the same server;
//     The same for logging an activity (POST /api/deals/:id/activities);
//  2. how long a 10-rep team's board with 300 cards (each with a next step, contacts
//     and two close-date pushes in its history) takes to become interactive in
//     Chromium on the built app: from navigation to the board hydrated and live,
//     each moment noted in the page itself (src/cli/bench/board-load.ts).

const moveRounds = Number(process.env.BENCH_MOVES ?? 200);
const pageRounds = Number(process.env.BENCH_PAGE_LOADS ?? 10);
const log = (line: string) => console.log(`bench:board: ${line}`);

async function createBenchTeam(environment: BenchEnvironment) {
  const prisma = environment.database.prisma;
  const office = await prisma.office.findUniqueOrThrow({ where: { name: 'New York' } });
  const team = await prisma.team.create({ data: { officeId: office.id, name: 'Bench Team', colour: '#7c3aed' } });
  const colours = ['#2563eb', '#16a34a', '#dc2626', '#ca8a04', '#9333ea', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#4f46e5'];
  const reps = await Promise.all(
    colours.map((colour, index) =>
      prisma.user.create({
        data: {
          name: `Bench Rep ${String(index + 1).padStart(2, '0')}`,
          email: `bench.rep.${index + 1}@cadence.bench`,
          role: 'REP',
          teamId: team.id,
          colour,
          startDate: new Date('2026-01-05T00:00:00Z'),
        },
      }),
    ),
  );
  const stages = ['BACKLOG', 'TODO', 'IN_PROGRESS'] as const;
  await prisma.deal.createMany({
    data: Array.from({ length: 300 }, (_, index) => ({
      account: `Bench account ${index + 1}`,
      title: 'Annual licence',
      amountMinor: 500_000 + index * 10_000,
      currency: office.currency,
      stage: stages[index % 3]!,
      expectedCloseDate: new Date(Date.UTC(2026, 11, 1 + (index % 28))),
      ownerId: reps[index % 10]!.id,
      teamId: team.id,
      position: (Math.floor(index / 30) + 1) * 1024,
      noteworthy: index % 17 === 0,
      // The signals a card now shows: a next step with its due date, contacts with a
      // champion (every fifth one gone), and a last activity on every other deal.
      nextStep: index % 4 === 0 ? '' : `Follow-up call ${index + 1} with the buying committee`,
      nextStepDueOn: index % 4 === 0 ? null : new Date(Date.UTC(2026, 11, 1 + (index % 28))),
      lastActivityAt: index % 2 === 0 ? new Date(Date.now() - (index % 20) * 86_400_000) : null,
      lastActivityType: index % 2 === 0 ? ('CALL' as const) : null,
      contacts: [
        { id: `c${index}a`, name: `Champion ${index + 1}`, role: 'VP Engineering', isChampion: true, hasLeft: index % 5 === 0 },
        { id: `c${index}b`, name: `Buyer ${index + 1}`, role: 'Procurement', isChampion: false, hasLeft: false },
      ],
    })),
  });
  // Each deal's close date pushed twice, so the board's read of close-date changes has
  // history to go through (600 UPDATED events beside the deals).
  const deals = await prisma.deal.findMany({ where: { teamId: team.id }, select: { id: true, expectedCloseDate: true } });
  await prisma.dealEvent.createMany({
    data: deals.flatMap((deal) => {
      const current = deal.expectedCloseDate!.toISOString().slice(0, 10);
      const earlier = (days: number) => new Date(deal.expectedCloseDate!.getTime() - days * 86_400_000).toISOString().slice(0, 10);
      return [
        [earlier(21), earlier(7)],
        [earlier(7), current],
      ].map(([from, to]) => ({ dealId: deal.id, teamId: team.id, type: 'UPDATED' as const, before: { expectedCloseDate: from }, after: { expectedCloseDate: to } }));
    }),
  });
  return team;
}

async function timeRequests(count: number, request: (index: number) => Promise<Response>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await request(index);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`request ${index} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Round trips of one kind of deal write on one deal of the column `stage`, each based on
 * the version the previous one left (`bodyFor` gives the body of the `index`th write).
 */
async function measureDealWrites(environment: BenchEnvironment, teamId: string, stage: 'TODO' | 'IN_PROGRESS', path: string, bodyFor: (index: number) => object) {
  const deal = await environment.database.prisma.deal.findFirstOrThrow({ where: { teamId, stage } });
  let version = deal.version;
  const headers = { authorization: `Bearer ${environment.tokens.admin}`, 'content-type': 'application/json' };
  return timeRequests(moveRounds, async (index) => {
    const response = await fetch(`${environment.baseUrl}/api/deals/${deal.id}/${path}`, { method: 'POST', headers, body: JSON.stringify({ version, ...bodyFor(index) }) });
    version += 1;
    return response;
  });
}

async function measureMoves(environment: BenchEnvironment, teamId: string) {
  const moves = await measureDealWrites(environment, teamId, 'TODO', 'move', (index) => ({ stage: index % 2 === 0 ? 'IN_PROGRESS' : 'TODO' }));
  const floor = await timeRequests(moveRounds, () => fetch(`${environment.baseUrl}/api/health`));
  return { moves: describeSamples(moves), floor: describeSamples(floor) };
}

/** One-click activities: POST /api/deals/:id/activities round trips, calls and notes in turn. */
async function measureActivities(environment: BenchEnvironment, teamId: string) {
  const activities = await measureDealWrites(environment, teamId, 'IN_PROGRESS', 'activities', (index) => ({
    type: index % 2 === 0 ? 'CALL' : 'NOTE',
    note: `Bench activity ${index}`,
  }));
  return describeSamples(activities);
}

await runCommand('bench:board', async () => {
  const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');
  const loadAtStart = loadAverage();
  const environment = await startBenchEnvironment({ port: Number(process.env.BENCH_PORT ?? 3220), log });
  try {
    const team = await createBenchTeam(environment);
    log(`${moveRounds} moves and ${moveRounds} health checks`);
    const { moves, floor } = await measureMoves(environment, team.id);
    log(`${moveRounds} activities logged`);
    const activities = await measureActivities(environment, team.id);
    log(`${pageRounds} loads of a 10-rep, 300-card board in Chromium`);
    const load = await measureBoardLoads({ baseUrl: environment.baseUrl, path: `/board/team/${team.id}`, loads: pageRounds, minimumCards: 300 });
    const ratio = moves.p95 / floor.p95;
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL (local), Debian Chromium`;
    writeBenchmarkSection(
      'board',
      `## bench:board — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${machine}. The built production server in its own process, on PostgreSQL with
the demo organisation. Load average (1 / 5 / 15 minutes) ${loadAtStart} at the start and ${loadAverage()} at the end; compare the figures with the floor measured in the same run.

| Measure | Median | p95 | Target |
| --- | --- | --- | --- |
| Move acknowledged: POST /api/deals/:id/move round trip (${moves.count} moves) | ${round(moves.median)} ms | ${round(moves.p95)} ms | p95 < 50 ms |
| Floor: GET /api/health round trip (HTTP + SELECT 1) | ${round(floor.median)} ms | ${round(floor.p95)} ms | — |
| Ratio (move p95 / floor p95) | | ${round(ratio, 2)} | |
| Activity acknowledged: POST /api/deals/:id/activities round trip (${activities.count} calls and notes) | ${round(activities.median)} ms | ${round(activities.p95)} ms | p95 < 50 ms |
| 10 reps × 300 cards: navigation → first byte of the server-rendered page | ${round(load.firstByte.median)} ms | ${round(load.firstByte.p95)} ms | — |
| 10 reps × 300 cards: navigation → DOMContentLoaded | ${round(load.domContentLoaded.median)} ms | ${round(load.domContentLoaded.p95)} ms | — |
| 10 reps × 300 cards: navigation → cards painted (${load.firstCard.count} loads) | ${round(load.firstCard.median)} ms | ${round(load.firstCard.p95)} ms | — |
| 10 reps × 300 cards: navigation → hydrated (interactive: drag, keys and menus respond; timed in the page: decision 032) | ${round(load.interactive.median)} ms | ${round(load.interactive.p95)} ms | < 1,000 ms |
| 10 reps × 300 cards: navigation → live socket joined | ${round(load.live.median)} ms | ${round(load.live.p95)} ms | — |
`,
    );
    console.log(
      `board move_p95_ms=${round(moves.p95)} activity_p95_ms=${round(activities.p95)} floor_p95_ms=${round(floor.p95)} ratio=${round(ratio, 2)} interactive_p95_ms=${round(load.interactive.p95)}`,
    );
  } finally {
    await environment.stop();
  }
});
