import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOffice, createTeam, createUser } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { projectRoot } from '@/server/migrations';
import type { SessionUser } from '@/server/auth/session-user';
import { createIntegrationConnection } from '@/server/use-cases/create-integration-connection';
import { signGeneric } from '@/domain/webhooks/signatures';

// A crash between the answer and the work loses nothing: the receiver commits the events
// before it answers, a process killed with SIGKILL leaves them in the queue, and the next
// process applies each exactly once, even with two of them draining at the same time.
// The instances are real processes (tests/setup/webhook-instance.ts: the real receiver
// route and the real worker) on one PostgreSQL database.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const children: ChildProcess[] = [];

function startInstance(options: { isWorking: boolean }): Promise<{ child: ChildProcess; url: string }> {
  const { target } = database();
  if (target.kind !== 'postgres') throw new Error('this test runs on PostgreSQL only');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'setup', 'webhook-instance.ts')], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: target.url, NEXTAUTH_SECRET: secret, WEBHOOK_WORKER: options.isWorking ? 'on' : 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the instance did not start:\n${output}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`the instance exited (${code}):\n${output}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

afterAll(async () => {
  await Promise.all(children.map(kill));
});

let connection: { id: string; secret: string };
let repId = '';

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  const adminRecord = await createUser(prisma, { role: 'ADMIN', teamId: null, email: 'admin@example.com' });
  repId = (await createUser(prisma, { role: 'REP', teamId: team.id, email: 'rep@example.com' })).id;
  const admin: SessionUser = { id: adminRecord.id, name: adminRecord.name, email: adminRecord.email, role: 'ADMIN', teamId: null, ledTeamIds: [], managedTeamIds: [] };
  connection = await createIntegrationConnection({ actor: admin, input: { source: 'generic', name: 'Flow' }, baseUrl: 'http://127.0.0.1' });
});

/** 20 deliveries of 5 events each, 10 deals; every deal's final amount is its last event's. */
function deliveries(): string[] {
  const now = Date.now();
  return Array.from({ length: 20 }, (_, delivery) =>
    JSON.stringify({
      events: Array.from({ length: 5 }, (_, index) => {
        const sequence = delivery * 5 + index;
        return { id: `e-${sequence}`, dealId: `deal-${sequence % 10}`, occurredAt: new Date(now - 60_000 + sequence * 10).toISOString(), owner: 'rep@example.com', stage: 'todo', amount: sequence };
      }),
    }),
  );
}

async function send(url: string, body: string): Promise<number> {
  const response = await fetch(`${url}/api/integrations/${connection.id}/webhook`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-cadence-signature': signGeneric({ secret: connection.secret, body, timestampSeconds: Date.now() / 1000 }) },
  });
  return response.status;
}

async function waitForQueueToEmpty(): Promise<void> {
  const prisma = database().prisma;
  const deadline = Date.now() + 60_000;
  while ((await prisma.webhookEvent.count({ where: { state: 'PENDING' } })) > 0) {
    if (Date.now() > deadline) throw new Error('the queue was not drained within a minute');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function expectEveryEventAppliedOnce(): Promise<void> {
  const prisma = database().prisma;
  const events = await prisma.webhookEvent.findMany({ select: { state: true, attempts: true } });
  expect(events).toHaveLength(100);
  // Each event was settled once (a rolled-back attempt leaves no count): applied, or stale
  // when a newer event for its deal had been applied first by the other worker.
  expect(events.filter((event) => event.state !== 'APPLIED' && event.state !== 'STALE')).toEqual([]);
  expect(events.filter((event) => event.attempts !== 1)).toEqual([]);
  const deals = await prisma.deal.findMany({ orderBy: { title: 'asc' } });
  expect(deals).toHaveLength(10);
  for (const deal of deals) {
    const index = Number(deal.title.replace('CRM deal deal-', ''));
    // The last event for deal-k is number 90 + k: that amount, in major units, wins.
    expect(deal, deal.title).toMatchObject({ amountMinor: (90 + index) * 100, ownerId: repId, stage: 'TODO' });
  }
  // A batch turns a deal's events into one change, so a deal has at most one DealEvent per
  // event applied to it (an event applied twice would be a second settle, caught above).
  expect(await prisma.dealEvent.count({ where: { type: 'CREATED' } })).toBe(10);
  const applied = await prisma.webhookEvent.groupBy({ by: ['dealId'], where: { state: 'APPLIED' }, _count: { _all: true } });
  const written = await prisma.dealEvent.groupBy({ by: ['dealId'], _count: { _all: true } });
  const appliedByDeal = new Map(applied.map((group) => [group.dealId, group._count._all]));
  expect(written).toHaveLength(10);
  for (const group of written) expect(group._count._all, group.dealId).toBeLessThanOrEqual(appliedByDeal.get(group.dealId) ?? 0);
}

describe('a crash between the answer and the work', () => {
  it('keeps every answered event; the next process applies each once', async () => {
    const receiver = await startInstance({ isWorking: false });
    for (const body of deliveries()) expect(await send(receiver.url, body)).toBe(200);
    await kill(receiver.child);
    // Answered, killed, nothing applied yet: the work is in the queue.
    expect(await database().prisma.webhookEvent.count({ where: { state: 'PENDING' } })).toBe(100);
    expect(await database().prisma.deal.count()).toBe(0);

    // Two processes start and drain the same queue at once.
    await Promise.all([startInstance({ isWorking: true }), startInstance({ isWorking: true })]);
    await waitForQueueToEmpty();
    await expectEveryEventAppliedOnce();
  }, 180_000);

  it('a process killed while it applies leaves nothing half done', async () => {
    const first = await startInstance({ isWorking: true });
    for (const body of deliveries()) expect(await send(first.url, body)).toBe(200);
    await kill(first.child);
    await startInstance({ isWorking: true });
    await waitForQueueToEmpty();
    await expectEveryEventAppliedOnce();
  }, 180_000);
});
