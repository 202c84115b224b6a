import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as receiverRoute from '@/app/api/integrations/[connectionId]/webhook/route';
import { createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import type { SessionUser } from '@/server/auth/session-user';
import { subscribeToServerEvents } from '@/server/events';
import type { TDealChange } from '@/schemas/deal';
import { createIntegrationConnection } from '@/server/use-cases/create-integration-connection';
import { drainWebhookQueue } from '@/server/webhooks/webhook-worker';
import { resetWebhookAllowances } from '@/server/webhooks/webhook-rate-limit';
import { signGeneric, signHubSpotV1, signHubSpotV3 } from '@/domain/webhooks/signatures';
import * as connectionsRoute from '@/app/api/admin/integrations/route';
import { listIntegrationConnections } from '@/server/use-cases/list-integration-connections';
import { updateIntegrationConnection } from '@/server/use-cases/update-integration-connection';
import { rotateIntegrationSecret } from '@/server/use-cases/rotate-integration-secret';
import { deleteIntegrationConnection } from '@/server/use-cases/delete-integration-connection';
import { listWebhookDeliveries } from '@/server/use-cases/list-webhook-deliveries';
import { replayWebhookDelivery } from '@/server/use-cases/replay-webhook-delivery';
import { getIntegrationMappings } from '@/server/use-cases/get-integration-mappings';
import { saveIntegrationMappings } from '@/server/use-cases/save-integration-mappings';
import { listPeople } from '@/server/use-cases/list-people';

// The receiver and the worker against a real database: verification before anything is
// written, the durable queue, deduplication, ordering, and each source's format.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();
const base = 'http://cadence.test';
let admin: SessionUser;
let ada: UserRecord;
let changes: TDealChange[] = [];
let unsubscribe: () => void = () => undefined;

function session(user: UserRecord): SessionUser {
  return { id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId, ledTeamIds: [], managedTeamIds: [] };
}

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  resetWebhookAllowances();
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  admin = session(await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin', email: 'admin@example.com' }));
  ada = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ada Rep', email: 'ada@example.com' });
  changes = [];
  unsubscribe = subscribeToServerEvents({
    dealChanged: (change) => changes.push(change),
    dealsChangedTogether: (together) => changes.push(...together.changes),
  });
});

afterEach(() => unsubscribe());

async function connect(source: 'hubspot' | 'pipedrive' | 'salesforce' | 'generic', extra: Record<string, unknown> = {}) {
  return createIntegrationConnection({ actor: admin, input: { source, name: `${source} live`, ...extra }, baseUrl: base });
}

async function post(connectionId: string, body: string, headers: Record<string, string>, query = '') {
  const url = `${base}/api/integrations/${connectionId}/webhook${query}`;
  const response = await receiverRoute.POST(new Request(url, { method: 'POST', body, headers }), { params: Promise.resolve({ connectionId }) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

function hubSpotHeaders(secret: string, connectionId: string, body: string, timestamp = Date.now()) {
  const uri = `${base}/api/integrations/${connectionId}/webhook`;
  return {
    'content-type': 'application/json',
    'x-hubspot-signature-v3': signHubSpotV3({ secret, method: 'POST', uri, body, timestamp: String(timestamp) }),
    'x-hubspot-request-timestamp': String(timestamp),
  };
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

describe('a HubSpot connection', () => {
  it('verifies, queues and answers; the worker creates and closes the deal with the connection as actor', async () => {
    const connection = await connect('hubspot');
    const t = Date.now() - 60_000;
    const body = JSON.stringify([
      hubSpotEvent(1, 501, t),
      hubSpotEvent(2, 501, t + 1, ['dealname', 'Rollout']),
      hubSpotEvent(3, 501, t + 1, ['hubspot_owner_id', 'ada@example.com']),
      hubSpotEvent(4, 501, t + 2, ['amount', '12000']),
      hubSpotEvent(5, 501, t + 3, ['dealstage', 'closedwon']),
    ]);
    const answer = await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ queued: 5, duplicates: 0 });
    const prisma = database().prisma;
    // Committed before the answer, not yet applied.
    expect(await prisma.webhookEvent.count({ where: { state: 'PENDING' } })).toBe(5);
    expect(await prisma.deal.count()).toBe(0);

    const outcomes = await drainWebhookQueue();
    expect(outcomes.map((outcome) => outcome.state)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'APPLIED']);
    const deal = await prisma.deal.findFirstOrThrow();
    expect(deal).toMatchObject({ title: 'Rollout', amountMinor: 1_200_000, stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 1_200_000, ownerId: ada.id });
    const stored = await prisma.integrationConnection.findUniqueOrThrow({ where: { id: connection.id } });
    const events = await prisma.dealEvent.findMany({ where: { dealId: deal.id }, orderBy: { sequence: 'asc' } });
    // One batch: the deal's five events became one versioned change, the deal created won.
    expect(events.map((event) => event.type)).toEqual(['CREATED']);
    expect(new Set(events.map((event) => event.actorId))).toEqual(new Set([stored.actorUserId]));
    expect(changes.map((change) => [change.type, change.actorName, change.deal.outcome])).toEqual([['CREATED', 'hubspot live', 'WON']]);
    expect(await prisma.externalRecord.findUnique({ where: { source_kind_externalId: { source: 'hubspot', kind: 'DEAL', externalId: '501' } } })).toMatchObject({ recordId: deal.id });
    const delivery = await prisma.webhookDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({ status: 200, eventCount: 5, dealIds: [deal.id] });
  });

  it('stores a repeated delivery once and never rolls a deal back with an older event', async () => {
    const connection = await connect('hubspot');
    const prisma = database().prisma;
    const t = Date.now() - 60_000;
    const first = JSON.stringify([hubSpotEvent(10, 7, t, ['hubspot_owner_id', 'ada@example.com']), hubSpotEvent(11, 7, t + 5_000, ['amount', '500'])]);
    await post(connection.id, first, hubSpotHeaders(connection.secret, connection.id, first));
    const again = await post(connection.id, first, hubSpotHeaders(connection.secret, connection.id, first));
    expect(JSON.parse(again.text)).toMatchObject({ queued: 0, duplicates: 2 });
    await drainWebhookQueue();
    // An amount from before the one applied arrives late.
    const late = JSON.stringify([hubSpotEvent(12, 7, t + 1_000, ['amount', '100']), hubSpotEvent(13, 7, t + 1_000, ['dealname', 'Late name'])]);
    await post(connection.id, late, hubSpotHeaders(connection.secret, connection.id, late));
    await drainWebhookQueue();
    const deal = await prisma.deal.findFirstOrThrow();
    expect(deal).toMatchObject({ amountMinor: 50_000, title: 'Late name' });
    expect(await prisma.webhookEvent.count()).toBe(4);
    // One change per batch: created (owner and amount), then the late name (its amount was stale).
    expect(await prisma.dealEvent.findMany({ orderBy: { sequence: 'asc' }, select: { type: true } })).toEqual([{ type: 'CREATED' }, { type: 'UPDATED' }]);
    expect(await prisma.webhookEvent.findMany({ where: { sourceEventId: { in: ['12', '13'] } }, orderBy: { sourceEventId: 'asc' }, select: { state: true } })).toEqual([{ state: 'STALE' }, { state: 'APPLIED' }]);
    // An event that is older in every field it carries is recorded as stale.
    const stale = JSON.stringify([hubSpotEvent(14, 7, t + 2_000, ['amount', '1'])]);
    await post(connection.id, stale, hubSpotHeaders(connection.secret, connection.id, stale));
    expect((await drainWebhookQueue()).map((outcome) => outcome.state)).toEqual(['STALE']);
    expect((await prisma.deal.findFirstOrThrow()).amountMinor).toBe(50_000);
  });

  it('a batch with one event that cannot be applied applies the others and fails that one alone, with its reason', async () => {
    const connection = await connect('hubspot');
    const prisma = database().prisma;
    await saveIntegrationMappings({ actor: admin, connectionId: connection.id, input: { stages: { contractsigned: 'COMPLETED' } } });
    const t = Date.now() - 30_000;
    const owner = (eventId: number, objectId: number) => hubSpotEvent(eventId, objectId, t, ['hubspot_owner_id', 'ada@example.com']);
    const body = JSON.stringify([
      owner(21, 301),
      owner(22, 302),
      owner(23, 303),
      hubSpotEvent(24, 301, t + 1, ['amount', '100']),
      // A custom closed stage without a won/lost signal: this event cannot be applied.
      hubSpotEvent(25, 302, t + 1, ['dealstage', 'contractsigned']),
      hubSpotEvent(26, 303, t + 1, ['amount', '300']),
    ]);
    expect((await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body))).status).toBe(200);
    const outcomes = await drainWebhookQueue();
    const stateOf = async (sourceEventId: string) => (await prisma.webhookEvent.findUniqueOrThrow({ where: { connectionId_sourceEventId: { connectionId: connection.id, sourceEventId } } })).state;
    expect(outcomes).toHaveLength(6);
    expect(await Promise.all(['21', '22', '23', '24', '25', '26'].map(stateOf))).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'FAILED', 'APPLIED']);
    const deals = await prisma.deal.findMany({ orderBy: { title: 'asc' }, select: { title: true, amountMinor: true, stage: true } });
    expect(deals).toEqual([
      { title: 'HubSpot deal 301', amountMinor: 10_000, stage: 'BACKLOG' },
      { title: 'HubSpot deal 302', amountMinor: 0, stage: 'BACKLOG' },
      { title: 'HubSpot deal 303', amountMinor: 30_000, stage: 'BACKLOG' },
    ]);
    expect(await prisma.dealEvent.count()).toBe(3);
    expect(await prisma.webhookDelivery.findFirstOrThrow()).toMatchObject({ error: expect.stringMatching(/^Event 25: .*won or lost/) });
    // Each change was announced once, after its commit.
    expect(changes.map((change) => change.type).sort()).toEqual(['CREATED', 'CREATED', 'CREATED']);
  });

  it('answers bad input with a clear 4xx and writes nothing but the log line', async () => {
    const connection = await connect('hubspot');
    const prisma = database().prisma;
    const body = JSON.stringify([hubSpotEvent(1, 1, Date.now())]);
    const cases: [string, Awaited<ReturnType<typeof post>>, number][] = [
      ['wrong secret', await post(connection.id, body, hubSpotHeaders('not-the-secret', connection.id, body)), 401],
      ['stale timestamp', await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body, Date.now() - 6 * 60_000)), 401],
      ['no signature', await post(connection.id, body, { 'content-type': 'application/json' }), 401],
      ['malformed JSON', await post(connection.id, '[{', hubSpotHeaders(connection.secret, connection.id, '[{')), 400],
      ['not a batch', await post(connection.id, '{"a":1}', hubSpotHeaders(connection.secret, connection.id, '{"a":1}')), 400],
      ['huge body', await post(connection.id, 'x'.repeat(1024 * 1024 + 1), hubSpotHeaders(connection.secret, connection.id, 'x')), 413],
      ['NUL in a value', await post(connection.id, '[{"eventId":1,"subscriptionType":"deal.propertyChange","objectId":1,"occurredAt":1,"propertyName":"dealname","propertyValue":"a\\u0000"}]', hubSpotHeaders(connection.secret, connection.id, '[{"eventId":1,"subscriptionType":"deal.propertyChange","objectId":1,"occurredAt":1,"propertyName":"dealname","propertyValue":"a\\u0000"}]')), 400],
    ];
    for (const [what, answer, status] of cases) {
      expect(answer.status, what).toBe(status);
      expect(JSON.parse(answer.text).error.message, what).toEqual(expect.any(String));
    }
    expect(await prisma.webhookDelivery.count()).toBe(cases.length);
    expect((await prisma.webhookDelivery.findMany({ orderBy: { receivedAt: 'asc' } })).map((row) => row.status)).toEqual(cases.map(([, , status]) => status));
    expect(await prisma.webhookEvent.count()).toBe(0);
    expect(await prisma.integrationDeal.count()).toBe(0);

    expect((await post('no-such-connection', body, hubSpotHeaders(connection.secret, 'no-such-connection', body))).status).toBe(404);
    await prisma.integrationConnection.update({ where: { id: connection.id }, data: { pausedAt: new Date() } });
    const paused = await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body));
    expect(paused.status).toBe(409);
    expect(await prisma.webhookEvent.count()).toBe(0);
  });

  it('takes v1 signatures only when the connection allows them', async () => {
    const connection = await connect('hubspot');
    const body = JSON.stringify([hubSpotEvent(1, 1, Date.now())]);
    const v1 = { 'content-type': 'application/json', 'x-hubspot-signature': signHubSpotV1({ secret: connection.secret, body }), 'x-hubspot-signature-version': 'v1' };
    expect((await post(connection.id, body, v1)).status).toBe(401);
    await database().prisma.integrationConnection.update({ where: { id: connection.id }, data: { acceptsLegacySignatures: true } });
    expect((await post(connection.id, body, v1)).status).toBe(200);
  });

  it('answers 429 with Retry-After past the connection’s rate', async () => {
    const connection = await connect('hubspot');
    await database().prisma.integrationConnection.update({ where: { id: connection.id }, data: { rateLimitPerMinute: 2 } });
    const body = JSON.stringify([hubSpotEvent(1, 1, Date.now())]);
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push(await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body)));
    expect(statuses.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(Number(statuses[2]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('parks a deal whose owner is unknown, listed as unassigned', async () => {
    const connection = await connect('hubspot');
    const body = JSON.stringify([hubSpotEvent(1, 9, Date.now(), ['hubspot_owner_id', '31337']), hubSpotEvent(2, 9, Date.now(), ['dealname', 'Orphan'])]);
    await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body));
    await drainWebhookQueue();
    const prisma = database().prisma;
    expect(await prisma.deal.count()).toBe(0);
    expect(await prisma.integrationDeal.findFirstOrThrow()).toMatchObject({ externalId: '9', dealId: null, unassignedReason: expect.stringMatching(/Owner "31337"/) });
  });
});

describe('the other sources', () => {
  it('Pipedrive: HTTP Basic with the connection’s secret; a deal won', async () => {
    const connection = await connect('pipedrive');
    const prisma = database().prisma;
    await prisma.sourceMapping.create({ data: { source: 'pipedrive', kind: 'OWNER', key: '9', value: ada.id } });
    const body = JSON.stringify({
      meta: { id: 'p-1', action: 'change', entity: 'deal', entity_id: '42', timestamp: new Date().toISOString(), version: '2.0' },
      data: { id: 42, title: 'Pilot', value: 1500, currency: 'USD', stage_id: 3, owner_id: 9, status: 'won', won_time: new Date().toISOString() },
      previous: { status: 'open' },
    });
    const basic = (password: string) => ({ 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`cadence:${password}`).toString('base64')}` });
    expect((await post(connection.id, body, basic('wrong'))).status).toBe(401);
    expect((await post(connection.id, body, basic(connection.secret))).status).toBe(200);
    await drainWebhookQueue();
    expect(await prisma.deal.findFirstOrThrow()).toMatchObject({ title: 'Pilot', amountMinor: 150_000, stage: 'COMPLETED', outcome: 'WON', ownerId: ada.id });
  });

  it('Salesforce: a SOAP outbound message with the organisation’s id is acknowledged; another organisation is refused', async () => {
    const connection = await connect('salesforce', { salesforceOrganizationId: '00D000000000001AAA' });
    const prisma = database().prisma;
    const message = (organizationId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>
<notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>${organizationId}</OrganizationId><ActionId>04k000000000001AAA</ActionId>
<Notification><Id>04l000000000001AAA</Id><sObject xsi:type="sf:Opportunity" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
<sf:Id>006000000000001AAA</sf:Id><sf:Name>Renewal</sf:Name><sf:Amount>800</sf:Amount><sf:StageName>Negotiation/Review</sf:StageName><sf:IsClosed>false</sf:IsClosed>
<sf:OwnerId>ada@example.com</sf:OwnerId><sf:SystemModstamp>${new Date().toISOString()}</sf:SystemModstamp></sObject></Notification>
</notifications></soapenv:Body></soapenv:Envelope>`;
    const xml = { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' };
    const ok = await post(connection.id, message('00D000000000001'), xml, `?token=${encodeURIComponent(connection.secret)}`);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('<Ack>true</Ack>');
    const other = await post(connection.id, message('00D000000000002AAA'), xml, `?token=${encodeURIComponent(connection.secret)}`);
    expect(other.status).toBe(403);
    expect(other.text).toContain('soapenv:Fault');
    expect((await post(connection.id, message('00D000000000001AAA'), xml, '?token=wrong')).status).toBe(401);
    expect((await post(connection.id, '<soapenv:Envelope>', xml, `?token=${encodeURIComponent(connection.secret)}`)).status).toBe(400);
    await drainWebhookQueue();
    expect(await prisma.deal.findFirstOrThrow()).toMatchObject({ title: 'Renewal', stage: 'IN_PROGRESS', amountMinor: 80_000 });
  });

  it('generic: X-Cadence-Signature within five minutes', async () => {
    const connection = await connect('generic');
    const body = JSON.stringify({ events: [{ id: 'g1', dealId: 'x-1', occurredAt: new Date().toISOString(), title: 'Flow deal', owner: 'ada@example.com', stage: 'todo', amount: 99.5 }] });
    const signed = (secret: string, seconds = Date.now() / 1000) => ({ 'content-type': 'application/json', 'x-cadence-signature': signGeneric({ secret, body, timestampSeconds: seconds }) });
    expect((await post(connection.id, body, signed(connection.secret, Date.now() / 1000 - 301))).status).toBe(401);
    expect((await post(connection.id, body, signed('wrong-secret-wrong'))).status).toBe(401);
    expect((await post(connection.id, body, signed(connection.secret))).status).toBe(200);
    await drainWebhookQueue();
    expect(await database().prisma.deal.findFirstOrThrow()).toMatchObject({ title: 'Flow deal', stage: 'TODO', amountMinor: 9_950 });
  });
});

describe('managing connections', () => {
  it('only admins create, list, change, rotate, delete, read logs, replay or map', async () => {
    const connection = await connect('generic');
    const rep = session(ada);
    const refused = [
      () => createIntegrationConnection({ actor: rep, input: { source: 'generic', name: 'x' }, baseUrl: base }),
      () => listIntegrationConnections({ actor: rep, baseUrl: base }),
      () => updateIntegrationConnection({ actor: rep, connectionId: connection.id, input: { isPaused: true }, baseUrl: base }),
      () => rotateIntegrationSecret({ actor: rep, connectionId: connection.id, input: {}, baseUrl: base }),
      () => deleteIntegrationConnection({ actor: rep, connectionId: connection.id }),
      () => listWebhookDeliveries({ actor: rep, connectionId: connection.id }),
      () => replayWebhookDelivery({ actor: rep, connectionId: connection.id, deliveryId: 'x' }),
      () => getIntegrationMappings({ actor: rep, connectionId: connection.id }),
      () => saveIntegrationMappings({ actor: rep, connectionId: connection.id, input: {} }),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await database().prisma.integrationConnection.count()).toBe(1);
  });

  it('creates through the API with the secret shown once, kept encrypted, and audited', async () => {
    const prisma = database().prisma;
    const response = await connectionsRoute.POST(
      new Request(`${base}/api/admin/integrations`, { method: 'POST', body: JSON.stringify({ source: 'hubspot', name: 'HubSpot EU' }), headers: { 'content-type': 'application/json' } }),
    );
    // No session: the route refuses before anything is written.
    expect(response.status).toBe(401);
    const created = await connect('hubspot');
    expect(created).toMatchObject({ id: expect.any(String), url: `${base}/api/integrations/${created.id}/webhook`, secret: expect.stringMatching(/^whsec_/) });
    const row = await prisma.integrationConnection.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretCiphertext).not.toContain(created.secret);
    expect(JSON.stringify(await prisma.auditEntry.findMany())).not.toContain(created.secret);
    expect((await prisma.auditEntry.findFirstOrThrow({ where: { objectId: created.id } })).action).toBe('integration.create');
    const list = await listIntegrationConnections({ actor: admin, baseUrl: base });
    expect(JSON.stringify(list)).not.toContain(created.secret);
    // The user that stands for the connection is not listed among people.
    expect((await listPeople({ actor: admin, filter: {} })).map((person) => person.name)).not.toContain('hubspot live');
  });

  it('rotates with a grace period for the old secret, pauses, resumes and deletes, each audited', async () => {
    const connection = await connect('generic');
    const prisma = database().prisma;
    const body = JSON.stringify({ events: [{ id: 'r1', dealId: 'd', occurredAt: new Date().toISOString(), owner: 'ada@example.com' }] });
    const signed = (secret: string) => ({ 'content-type': 'application/json', 'x-cadence-signature': signGeneric({ secret, body, timestampSeconds: Date.now() / 1000 }) });
    const rotated = await rotateIntegrationSecret({ actor: admin, connectionId: connection.id, input: { graceHours: 1 }, baseUrl: base });
    expect(rotated.secret).not.toBe(connection.secret);
    expect((await post(connection.id, body, signed(connection.secret))).status).toBe(200);
    expect((await post(connection.id, body, signed(rotated.secret))).status).toBe(200);
    const ended = await rotateIntegrationSecret({ actor: admin, connectionId: connection.id, input: { graceHours: 0 }, baseUrl: base });
    expect((await post(connection.id, body, signed(rotated.secret))).status).toBe(401);
    expect((await post(connection.id, body, signed(ended.secret))).status).toBe(200);

    expect((await updateIntegrationConnection({ actor: admin, connectionId: connection.id, input: { isPaused: true }, baseUrl: base })).isPaused).toBe(true);
    expect((await post(connection.id, body, signed(ended.secret))).status).toBe(409);
    await updateIntegrationConnection({ actor: admin, connectionId: connection.id, input: { isPaused: false }, baseUrl: base });
    await deleteIntegrationConnection({ actor: admin, connectionId: connection.id });
    expect((await post(connection.id, body, signed(ended.secret))).status).toBe(404);
    const actions = (await prisma.auditEntry.findMany({ where: { objectId: connection.id }, orderBy: { occurredAt: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(['integration.create', 'integration.rotate', 'integration.rotate', 'integration.pause', 'integration.resume', 'integration.delete']);
  });

  it('mapping an owner settles the deals waiting for it; a failed delivery is replayed after its stage is mapped', async () => {
    const connection = await connect('hubspot');
    const prisma = database().prisma;
    const t = Date.now() - 30_000;
    const body = JSON.stringify([hubSpotEvent(1, 77, t, ['hubspot_owner_id', '31337']), hubSpotEvent(2, 77, t, ['dealname', 'Waiting deal'])]);
    await post(connection.id, body, hubSpotHeaders(connection.secret, connection.id, body));
    await drainWebhookQueue();
    expect((await listIntegrationConnections({ actor: admin, baseUrl: base })).unassigned).toEqual([
      { source: 'hubspot', externalId: '77', title: 'Waiting deal', reason: 'Owner "31337" is not mapped to a person in Cadence.', since: expect.any(String) },
    ]);
    expect(await saveIntegrationMappings({ actor: admin, connectionId: connection.id, input: { owners: { '31337': ada.id } } })).toEqual({ settled: 1, waiting: 0 });
    expect(await prisma.deal.findFirstOrThrow()).toMatchObject({ title: 'Waiting deal', ownerId: ada.id });
    expect(changes.map((change) => change.type)).toEqual(['CREATED']);
    expect((await getIntegrationMappings({ actor: admin, connectionId: connection.id })).owners).toEqual({ '31337': ada.id });

    // A custom closed stage without a won/lost signal fails, and is replayed once mapped.
    const closing = JSON.stringify([hubSpotEvent(3, 77, t + 1_000, ['dealstage', 'contractsigned'])]);
    await post(connection.id, closing, hubSpotHeaders(connection.secret, connection.id, closing));
    await saveIntegrationMappings({ actor: admin, connectionId: connection.id, input: { stages: { contractsigned: 'COMPLETED' } } });
    expect((await drainWebhookQueue()).map((outcome) => outcome.state)).toEqual(['FAILED']);
    const deliveries = (await listWebhookDeliveries({ actor: admin, connectionId: connection.id })).deliveries;
    expect(deliveries[0]).toMatchObject({ failedEvents: 1, error: expect.stringMatching(/won or lost/) });
    await saveIntegrationMappings({ actor: admin, connectionId: connection.id, input: { stages: { contractsigned: 'IN_PROGRESS' } } });
    expect(await replayWebhookDelivery({ actor: admin, connectionId: connection.id, deliveryId: deliveries[0]!.id })).toEqual({ requeued: 1 });
    expect((await drainWebhookQueue()).map((outcome) => outcome.state)).toEqual(['APPLIED']);
    expect((await prisma.deal.findFirstOrThrow()).stage).toBe('IN_PROGRESS');
    await expect(replayWebhookDelivery({ actor: admin, connectionId: connection.id, deliveryId: deliveries[0]!.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
