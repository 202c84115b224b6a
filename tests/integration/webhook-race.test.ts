import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as receiverRoute from '@/app/api/integrations/[connectionId]/webhook/route';
import { createOffice, createTeam, createUser } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { signGeneric } from '@/domain/webhooks/signatures';
import { createIntegrationConnection } from '@/server/use-cases/create-integration-connection';
import { drainWebhookQueue } from '@/server/webhooks/webhook-worker';
import { resetWebhookAllowances } from '@/server/webhooks/webhook-rate-limit';

// Two queue workers (as on two app instances, each with two lanes) drain one queue at the
// same time, in small batches whose events about one deal are split between them. Every
// event must be taken by exactly one of them, once, and every deal end on its newest
// values. PostgreSQL only: the embedded database serves one connection at a time.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();
const base = 'http://cadence.test';
const dealCount = 12;

let connection: { id: string; secret: string };
let repId = '';

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  resetWebhookAllowances();
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  const admin = await createUser(prisma, { role: 'ADMIN', teamId: null, email: 'admin@example.com' });
  repId = (await createUser(prisma, { role: 'REP', teamId: team.id, email: 'rep@example.com' })).id;
  connection = await createIntegrationConnection({
    actor: { id: admin.id, name: admin.name, email: admin.email, role: 'ADMIN', teamId: null, ledTeamIds: [], managedTeamIds: [] },
    input: { source: 'generic', name: 'Flow' },
    baseUrl: base,
  });
});

async function post(body: string): Promise<number> {
  const url = `${base}/api/integrations/${connection.id}/webhook`;
  const headers = { 'content-type': 'application/json', 'x-cadence-signature': signGeneric({ secret: connection.secret, body, timestampSeconds: Date.now() / 1000 }) };
  const response = await receiverRoute.POST(new Request(url, { method: 'POST', body, headers }), { params: Promise.resolve({ connectionId: connection.id }) });
  return response.status;
}

describe('two webhook workers on one queue', () => {
  it('apply each event exactly once between them, and every deal ends on its newest values', async () => {
    const prisma = database().prisma;
    const start = Date.now() - 120_000;
    // 240 events about 12 deals; occurredAt runs backwards within each delivery, so the
    // queue order and the source order disagree (the newest amount must still win).
    const newest = new Map<string, { at: number; amount: number }>();
    const deliveries = Array.from({ length: 24 }, (_, delivery) =>
      JSON.stringify({
        events: Array.from({ length: 10 }, (_, index) => {
          const sequence = delivery * 10 + index;
          const at = start + delivery * 1_000 + (9 - index) * 10;
          const dealId = `deal-${sequence % dealCount}`;
          if ((newest.get(dealId)?.at ?? 0) < at) newest.set(dealId, { at, amount: sequence });
          return { id: `e-${sequence}`, dealId, occurredAt: new Date(at).toISOString(), owner: 'rep@example.com', stage: 'todo', amount: sequence };
        }),
      }),
    );
    for (const body of deliveries) expect(await post(body)).toBe(200);
    // A repeat is stored once.
    expect(await post(deliveries[3]!)).toBe(200);
    expect(await prisma.webhookEvent.count({ where: { state: 'PENDING' } })).toBe(240);

    const [first, second] = await Promise.all([drainWebhookQueue({ lanes: 2, batchSize: 7 }), drainWebhookQueue({ lanes: 2, batchSize: 7 })]);
    expect(first.length, 'the first worker took some events').toBeGreaterThan(0);
    expect(second.length, 'the second worker took some events').toBeGreaterThan(0);
    const taken = [...first, ...second].map((outcome) => outcome.eventId);
    // Exactly once: no event in both workers' outcomes (or twice in one), none left out.
    expect(new Set(taken).size).toBe(taken.length);
    const stored = await prisma.webhookEvent.findMany({ select: { id: true, state: true, attempts: true, sourceEventId: true } });
    expect(taken.sort()).toEqual(stored.map((event) => event.id).sort());
    expect(stored.filter((event) => event.state !== 'APPLIED' && event.state !== 'STALE')).toEqual([]);
    expect(stored.filter((event) => event.attempts !== 1)).toEqual([]);

    const deals = await prisma.deal.findMany({ select: { id: true, title: true, amountMinor: true, ownerId: true, stage: true } });
    expect(deals).toHaveLength(dealCount);
    for (const deal of deals) {
      const amount = newest.get(deal.title.replace('CRM deal ', ''))?.amount;
      expect(deal, deal.title).toMatchObject({ amountMinor: (amount ?? -1) * 100, ownerId: repId, stage: 'TODO' });
    }
    // One DealEvent at most per event applied to the deal (a batch joins a deal's events), one creation each.
    expect(await prisma.dealEvent.count({ where: { type: 'CREATED' } })).toBe(dealCount);
    const applied = await prisma.webhookEvent.groupBy({ by: ['dealId'], where: { state: 'APPLIED' }, _count: { _all: true } });
    const appliedByDeal = new Map(applied.map((group) => [group.dealId, group._count._all]));
    for (const group of await prisma.dealEvent.groupBy({ by: ['dealId'], _count: { _all: true } })) {
      expect(group._count._all, group.dealId).toBeLessThanOrEqual(appliedByDeal.get(group.dealId) ?? 0);
    }
  });
});
