import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import type { Database } from '@/server/db';
import { monthStartInZone } from '@/domain/calendar';
import { describeSamples } from './statistics';
import { arrivalsOf, sleep, type Wall } from './live-clients';

// What bench:wall, bench:webhooks and bench:scale measure alike: open deals to close,
// closes over HTTP, the time from a change to the last of the walls, the floor under it,
// and a load sent at a steady rate.

export type OpenDeal = { id: string; version: number };

/** Open deals expected this month, spread over the active sellers (every `stride`-th in turn). */
export async function createOpenDeals(
  prisma: Database['prisma'],
  options: { count: number; idOf: (index: number) => string; stride?: number; /** A team whose board is measured: its cards stay as seeded. */ skipTeamId?: string },
): Promise<OpenDeal[]> {
  const reps = await prisma.user.findMany({
    where: { active: true, role: { in: ['REP', 'LEAD'] }, teamId: options.skipTeamId ? { not: null, notIn: [options.skipTeamId] } : { not: null } },
    select: { id: true, teamId: true, team: { select: { office: { select: { currency: true, timeZone: true } } } } },
    orderBy: { id: 'asc' },
  });
  const rows = Array.from({ length: options.count }, (_, index) => {
    const rep = reps[(index * (options.stride ?? 1)) % reps.length]!;
    const month = monthStartInZone(new Date(), rep.team!.office.timeZone);
    return {
      id: options.idOf(index),
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

/** Closes a deal as won through the API; returns the sequence of its change. */
export async function closeOverHttp(baseUrl: string, token: string, deal: OpenDeal): Promise<number> {
  const response = await fetch(`${baseUrl}/api/deals/${deal.id}/close`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: deal.version, outcome: 'WON', idempotencyKey: randomUUID() }),
  });
  if (!response.ok) throw new Error(`close answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return ((await response.json()) as { change: { sequence: number } }).change.sequence;
}

/** A GET with a bearer token, answered and read whole; its time in ms. */
export async function timeRequest(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

/**
 * Rounds of one change each, far enough apart to be each its own wall update: from
 * `send` starting to the first and the last wall having the sequence it returns, and to
 * `send` answering. `prepare` runs before the clock starts.
 */
export async function measureWallLatency(options: {
  walls: Wall[];
  rounds: number;
  send: (round: number) => Promise<number>;
  prepare?: (round: number) => Promise<void>;
}) {
  const last: number[] = [];
  const first: number[] = [];
  const answered: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    await sleep(350); // beyond the publisher's coalescing interval: each change is its own update
    await options.prepare?.(round);
    for (const wall of options.walls) wall.arrivals.length = 0;
    const started = performance.now();
    const sequence = await options.send(round);
    answered.push(performance.now() - started);
    const arrivals = await arrivalsOf(options.walls, sequence);
    first.push(arrivals.first - started);
    last.push(arrivals.last - started);
  }
  return { last: describeSamples(last), first: describeSamples(first), answered: describeSamples(answered) };
}

/** The floor: a bare UPDATE of one deal and a bare socket.io broadcast to `clients` clients, `rounds` times. */
export async function measureFloor(options: { databaseUrl: string; dealId: string; clients: number; rounds: number }): Promise<number[]> {
  const httpServer = createServer();
  const io = new Server(httpServer, { serveClient: false });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const received = new Array<number>(options.clients).fill(0);
  const arrival = new Array<number>(options.clients).fill(0);
  const clients = await Promise.all(
    Array.from({ length: options.clients }, (_, index) => {
      const socket = connect(url, { transports: ['websocket'], forceNew: true });
      socket.on('tick', (value: number) => {
        received[index] = value;
        arrival[index] = performance.now();
      });
      return new Promise<Socket>((resolve) => socket.once('connect', () => resolve(socket)));
    }),
  );
  const database = new pg.Client({ connectionString: options.databaseUrl });
  await database.connect();
  const samples: number[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    await sleep(50);
    const started = performance.now();
    await database.query('UPDATE "Deal" SET "notes" = $1 WHERE "id" = $2', [`floor ${round}`, options.dealId]);
    io.emit('tick', round);
    while (received.some((value) => value !== round)) await sleep(1);
    samples.push(Math.max(...arrival) - started);
  }
  await database.end();
  for (const client of clients) client.disconnect();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  return samples;
}

/**
 * Sends `total` requests at `rate` a second, at most `maxInFlight` at a time (a send then
 * waits and goes out behind its schedule). A send that throws counts as a failure, by
 * its message. `beforeSend` runs before each send with the time since the start.
 */
export async function sendAtRate(options: {
  total: number;
  rate: number;
  maxInFlight: number;
  send: (index: number) => Promise<void>;
  beforeSend?: (elapsedMs: number) => void;
}) {
  const samples: number[] = [];
  const failures: string[] = [];
  let inFlight = 0;
  let longestLagMs = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < options.total; index += 1) {
    const due = started + (index * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    options.beforeSend?.(performance.now() - started);
    while (inFlight >= options.maxInFlight) await sleep(1);
    inFlight += 1;
    const requestStarted = performance.now();
    longestLagMs = Math.max(longestLagMs, requestStarted - due);
    pending.push(
      options
        .send(index)
        .then(() => {
          samples.push(performance.now() - requestStarted);
        })
        .catch((error: unknown) => {
          failures.push(error instanceof Error ? error.message : String(error));
        })
        .finally(() => {
          inFlight -= 1;
        }),
    );
  }
  await Promise.all(pending);
  return { samples, failures, elapsedSeconds: (performance.now() - started) / 1000, longestLagMs };
}
