import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { signHubSpotV3 } from '@/domain/webhooks/signatures';
import { describeSamples, round } from './bench/statistics';
import { startBenchEnvironment, type BenchEnvironment } from './bench/bench-environment';
import { describeMachine, reportTime, writeBenchmarkSection } from './bench/benchmark-report';
import { connectWalls, sleep, type Wall } from './bench/live-clients';
import { createOpenDeals, measureFloor, measureWallLatency, sendAtRate } from './bench/wall-measures';
import { currentSequence } from '@/server/current-sequence';
import { runCommand } from './run-command';

// npm run bench:webhooks — on PostgreSQL with the demo organisation, the built app in its
// own process (its webhook worker included):
//  1. webhook-to-wall latency: from sending a signed HubSpot closedwon to the last of
//     1,000 connected walls receiving the new figures, against a floor (a bare UPDATE plus
//     a bare socket.io broadcast to 1,000 clients) measured in the same run;
//  2. a load of 100 signed webhooks a second for 30 s, a tenth of them repeats of earlier
//     deliveries and all sent out of order within a window, creating and changing a few
//     hundred deals: afterwards every deal must show its newest values, every event must be
//     stored once and settled once, and no deal may have more DealEvents than events.

const wallCount = Number(process.env.BENCH_WALLS ?? 1000);
const latencyRounds = Number(process.env.BENCH_ROUNDS ?? 60);
const loadRate = Number(process.env.BENCH_RATE ?? 100);
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 30);
const log = (line: string) => console.log(`bench:webhooks: ${line}`);

type Connection = { id: string; url: string; secret: string };

async function sendHubSpot(connection: Connection, events: object[]): Promise<{ status: number; ms: number }> {
  const body = JSON.stringify(events);
  const timestamp = String(Date.now());
  const started = performance.now();
  const response = await fetch(connection.url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-hubspot-signature-v3': signHubSpotV3({ secret: connection.secret, method: 'POST', uri: connection.url, body, timestamp }),
      'x-hubspot-request-timestamp': timestamp,
    },
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

const hubSpotEvent = (eventId: number, objectId: number, occurredAt: number, property?: [string, string]) => ({
  eventId,
  subscriptionId: 1,
  portalId: 62515,
  appId: 1,
  occurredAt,
  subscriptionType: property ? 'deal.propertyChange' : 'deal.creation',
  attemptNumber: 0,
  objectId,
  changeSource: 'CRM',
  ...(property ? { propertyName: property[0], propertyValue: property[1] } : {}),
});

async function createConnection(environment: BenchEnvironment): Promise<Connection> {
  const response = await fetch(`${environment.baseUrl}/api/admin/integrations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${environment.tokens.admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ source: 'hubspot', name: 'HubSpot (benchmark)' }),
  });
  if (response.status !== 201) throw new Error(`creating the connection answered ${response.status}: ${await response.text()}`);
  const created = (await response.json()) as Connection;
  // Many more requests a minute than the default allows.
  await environment.database.prisma.integrationConnection.update({ where: { id: created.id }, data: { rateLimitPerMinute: 100_000 } });
  return created;
}

/** Open deals already known to HubSpot (imported earlier), one per latency round. */
async function createHubSpotDeals(environment: BenchEnvironment, count: number): Promise<number[]> {
  const prisma = environment.database.prisma;
  const deals = await createOpenDeals(prisma, { count, idOf: (index) => `bench-hubspot-${index}` });
  await prisma.externalRecord.createMany({ data: deals.map((deal, index) => ({ source: 'hubspot', kind: 'DEAL' as const, externalId: String(700_000 + index), recordId: deal.id })) });
  return deals.map((_, index) => 700_000 + index);
}

async function measureLatency(environment: BenchEnvironment, connection: Connection, walls: Wall[], objectIds: number[]) {
  let before = 0;
  return measureWallLatency({
    walls,
    rounds: latencyRounds,
    prepare: async () => {
      before = await currentSequence();
    },
    send: async (round) => {
      const sent = await sendHubSpot(connection, [hubSpotEvent(9_000_000 + round, objectIds[round]!, Date.now(), ['dealstage', 'closedwon'])]);
      if (sent.status !== 200) throw new Error(`the webhook answered ${sent.status}`);
      return before + 1;
    },
  });
}

type Expected = { title: string; amountMinor: number; stage: string; outcome: string | null };
const openStages = ['appointmentscheduled', 'presentationscheduled', 'contractsent'];
const columnOf: Record<string, string> = { appointmentscheduled: 'BACKLOG', presentationscheduled: 'TODO', contractsent: 'IN_PROGRESS', closedwon: 'COMPLETED' };

/**
 * The load's deliveries: each deal is created, given an owner, a name, then amounts and
 * stages, nine events in the source's time order. Deliveries carry one to three events;
 * a tenth of the sends repeat an earlier delivery, and sends are shuffled within windows
 * of 20, so older events often arrive after newer ones.
 */
function planLoad(total: number, ownerEmails: string[]): { sends: object[][]; expected: Map<number, Expected>; eventCount: number } {
  const dealCount = Math.ceil((total * 0.9 * 2) / 9);
  const start = Date.now() - 120_000;
  let eventId = 1;
  const deliveries: object[][] = [];
  const expected = new Map<number, Expected>();
  const streams: object[][] = [];
  for (let deal = 0; deal < dealCount; deal += 1) {
    const objectId = 800_000 + deal;
    const at = (step: number) => start + deal * 7 + step * 10_000;
    const finalStage = deal % 3 === 0 ? 'closedwon' : openStages[deal % 3]!;
    const amounts = [1000 + deal, 2000 + deal, 3000 + deal];
    const stream = [
      hubSpotEvent(eventId++, objectId, at(0)),
      hubSpotEvent(eventId++, objectId, at(1), ['hubspot_owner_id', ownerEmails[deal % ownerEmails.length]!]),
      hubSpotEvent(eventId++, objectId, at(1), ['dealname', `Load deal ${deal}`]),
      hubSpotEvent(eventId++, objectId, at(2), ['amount', String(amounts[0])]),
      hubSpotEvent(eventId++, objectId, at(3), ['dealstage', 'appointmentscheduled']),
      hubSpotEvent(eventId++, objectId, at(4), ['amount', String(amounts[1])]),
      hubSpotEvent(eventId++, objectId, at(5), ['dealstage', 'presentationscheduled']),
      hubSpotEvent(eventId++, objectId, at(6), ['amount', String(amounts[2])]),
      hubSpotEvent(eventId++, objectId, at(7), ['dealstage', finalStage]),
    ];
    streams.push(stream);
    expected.set(objectId, { title: `Load deal ${deal}`, amountMinor: amounts[2]! * 100, stage: columnOf[finalStage]!, outcome: finalStage === 'closedwon' ? 'WON' : null });
  }
  // Interleave the deals' streams, cut into deliveries of 1 to 3 events.
  const all: object[] = [];
  for (let step = 0; step < 9; step += 1) for (const stream of streams) all.push(stream[step]!);
  for (let index = 0, size = 1; index < all.length; index += size, size = (size % 3) + 1) deliveries.push(all.slice(index, index + size));
  const sends: object[][] = [];
  for (const delivery of deliveries) {
    sends.push(delivery);
    if (sends.length % 10 === 9) sends.push(sends[Math.floor(sends.length / 2)]!);
  }
  for (let window = 0; window < sends.length; window += 20) {
    const part = sends.slice(window, window + 20);
    for (let index = part.length - 1; index > 0; index -= 1) {
      const other = Math.floor(Math.random() * (index + 1));
      [part[index], part[other]] = [part[other]!, part[index]!];
    }
    sends.splice(window, part.length, ...part);
  }
  return { sends, expected, eventCount: eventId - 1 };
}

async function runLoad(environment: BenchEnvironment, connection: Connection) {
  const prisma = environment.database.prisma;
  const owners = await prisma.user.findMany({ where: { active: true, role: { in: ['REP', 'LEAD'] }, teamId: { not: null } }, select: { email: true } });
  const plan = planLoad(loadRate * loadSeconds, owners.map((owner) => owner.email));
  const total = Math.min(plan.sends.length, loadRate * loadSeconds);
  const sends = plan.sends.slice(0, total);
  const sent = await sendAtRate({
    total,
    rate: loadRate,
    maxInFlight: 32,
    send: async (index) => {
      const answer = await sendHubSpot(connection, sends[index]!);
      if (answer.status !== 200) throw new Error(`the webhook answered ${answer.status}`);
    },
  });
  // The events the sent deliveries carried, and which deals they were about.
  const sentEvents = new Map<number, { objectId: number }>();
  for (const delivery of sends) for (const event of delivery as { eventId: number; objectId: number }[]) sentEvents.set(event.eventId, { objectId: event.objectId });
  const drainStarted = performance.now();
  while ((await prisma.webhookEvent.count({ where: { state: 'PENDING', connectionId: connection.id } })) > 0) {
    if (performance.now() - drainStarted > 300_000) throw new Error('the queue did not drain within 5 minutes');
    await sleep(100);
  }
  const drainedAfterMs = performance.now() - drainStarted;

  // What the deals show, against the newest value of each field that was sent.
  const touched = new Set([...sentEvents.values()].map((event) => event.objectId));
  const records = await prisma.externalRecord.findMany({ where: { source: 'hubspot', kind: 'DEAL', externalId: { in: [...touched].map(String) } } });
  const deals = new Map((await prisma.deal.findMany({ where: { id: { in: records.map((record) => record.recordId) } } })).map((deal) => [deal.id, deal]));
  // Deals all of whose nine events were sent can be checked whole.
  const eventsPerDeal = new Map<number, number>();
  for (const event of sentEvents.values()) eventsPerDeal.set(event.objectId, (eventsPerDeal.get(event.objectId) ?? 0) + 1);
  let checked = 0;
  let wrong = 0;
  for (const record of records) {
    const objectId = Number(record.externalId);
    if (eventsPerDeal.get(objectId) !== 9) continue;
    checked += 1;
    const deal = deals.get(record.recordId);
    const expected = plan.expected.get(objectId)!;
    if (!deal || deal.title !== expected.title || deal.amountMinor !== expected.amountMinor || deal.stage !== expected.stage || deal.outcome !== expected.outcome) wrong += 1;
  }
  const stored = await prisma.webhookEvent.findMany({ where: { connectionId: connection.id, sourceEventId: { in: [...sentEvents.keys()].map(String) } }, select: { state: true, attempts: true, dealId: true } });
  const settledTwice = stored.filter((event) => event.attempts !== 1).length;
  const failed = stored.filter((event) => event.state === 'FAILED').length;
  const stale = stored.filter((event) => event.state === 'STALE').length;
  const applied = stored.filter((event) => event.state === 'APPLIED').length;
  // No deal may have more DealEvents from the connection than events applied to it.
  const connectionActor = (await prisma.integrationConnection.findUniqueOrThrow({ where: { id: connection.id } })).actorUserId;
  const dealEvents = await prisma.dealEvent.groupBy({ by: ['dealId'], where: { actorId: connectionActor, dealId: { in: records.map((record) => record.recordId) } }, _count: { _all: true } });
  const appliedPerDeal = new Map<string, number>();
  for (const event of stored) if (event.state === 'APPLIED' && event.dealId) appliedPerDeal.set(event.dealId, (appliedPerDeal.get(event.dealId) ?? 0) + 1);
  const dealsWithExtraEvents = dealEvents.filter((row) => row._count._all > (appliedPerDeal.get(row.dealId) ?? 0)).length;
  return {
    sent: total,
    repeats: total - new Set(sends).size,
    events: sentEvents.size,
    failures: sent.failures.length,
    achievedRate: total / sent.elapsedSeconds,
    http: describeSamples(sent.samples),
    drainedAfterMs,
    stored: stored.length,
    applied,
    stale,
    failed,
    settledTwice,
    checked,
    wrong,
    dealsWithExtraEvents,
  };
}

await runCommand('bench:webhooks', async () => {
  const environment = await startBenchEnvironment({ port: Number(process.env.BENCH_PORT ?? 3211), log });
  try {
    const connection = await createConnection(environment);
    const objectIds = await createHubSpotDeals(environment, latencyRounds);
    log(`connecting ${wallCount} walls`);
    const walls = await connectWalls(environment.baseUrl, environment.tokens.wall, wallCount);
    log(`webhook-to-wall latency, ${latencyRounds} signed HubSpot closedwon`);
    const latency = await measureLatency(environment, connection, walls, objectIds);
    for (const wall of walls) wall.socket.disconnect();
    log(`load: ${loadRate} webhooks a second for ${loadSeconds} s, with repeats and reordering`);
    const load = await runLoad(environment, connection);
    log(`floor: bare UPDATE + bare broadcast to ${wallCount} clients, ${latencyRounds} rounds`);
    const floorDeal = await environment.database.prisma.deal.findFirstOrThrow({ select: { id: true } });
    const floor = describeSamples(await measureFloor({ databaseUrl: environment.databaseUrl, dealId: floorDeal.id, clients: wallCount, rounds: latencyRounds }));
    const loadAverage = os.loadavg().map((value) => round(value, 2)).join(', ');
    const machine = describeMachine();
    const wall = latency.last;
    writeBenchmarkSection(
      'webhooks',
      `## bench:webhooks — ${reportTime()}

Machine: ${machine}; load average at the end ${loadAverage} (other work shared the machine).
${wallCount} wall clients (TV links, company scope) in the benchmark process; the app is the
built production server in its own process, its webhook worker with it.

| Measure | Median | p95 | Target |
| --- | --- | --- | --- |
| Signed HubSpot closedwon sent → last of ${wallCount} walls has the new figures (${wall.count} webhooks) | ${round(wall.median)} ms | ${round(wall.p95)} ms | p95 ≤ 150 ms |
| Floor: bare UPDATE + bare socket.io broadcast to ${wallCount} clients | ${round(floor.median)} ms | ${round(floor.p95)} ms | — |
| Ratio (webhook p95 / floor p95) | | ${round(wall.p95 / floor.p95, 2)} | |
| … of which: webhook sent → answered (verified and queued) | ${round(latency.answered.median)} ms | ${round(latency.answered.p95)} ms | answer ≤ 200 ms |
| … of which: webhook sent → first of ${wallCount} walls has the new figures | ${round(latency.first.median)} ms | ${round(latency.first.p95)} ms | — |

Load: ${load.sent} signed HubSpot deliveries asked at ${loadRate}/s (${load.repeats} of them repeats of earlier deliveries, all shuffled within windows of 20), carrying ${load.events} distinct events about ${load.checked} deals sent whole and others in part; achieved ${round(load.achievedRate)}/s; ${load.failures} not answered 200.
Answers under load: median ${round(load.http.median)} ms, p95 ${round(load.http.p95)} ms. The queue was empty ${round(load.drainedAfterMs / 1000, 1)} s after the last delivery was answered.
Events stored: ${load.stored} of ${load.events} (each once); applied ${load.applied}, older than what their deal already showed (recorded, not applied) ${load.stale}, failed ${load.failed}; settled more than once: ${load.settledTwice}.
Deals not on their newest values: ${load.wrong} of ${load.checked}. Deals with more DealEvents than events applied to them: ${load.dealsWithExtraEvents}.
`,
    );
    log(`load: ${round(load.achievedRate)}/s achieved, ${load.failures} failed, ${load.wrong} of ${load.checked} deals wrong, ${load.settledTwice} settled twice, ${load.dealsWithExtraEvents} with extra events, drained after ${round(load.drainedAfterMs)} ms`);
    console.log(`webhook p95_ms=${round(wall.p95)} floor_p95_ms=${round(floor.p95)} ratio=${round(wall.p95 / floor.p95, 2)} answered_p95_ms=${round(latency.answered.p95)}`);
  } finally {
    await environment.stop();
  }
});
