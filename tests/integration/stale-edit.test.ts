import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { useTestDatabase } from '../setup/test-database';
import * as dealsRoute from '@/app/api/deals/route';
import * as dealRoute from '@/app/api/deals/[dealId]/route';

// Issue #16 item 11: a lead had Edit open while a rep changed the amount from $20,500 to
// $25,000; the lead saved a title change and the amount went back to $20,500. An edit
// sends only the fields the user changed, against the version the form was opened on:
// fields nobody else changed merge, a field both changed is a 409 naming it.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let rep: UserRecord;
let lead: UserRecord;

async function call(user: UserRecord, handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown }) {
  const request = new Request('http://localhost/api/test', {
    method: options.method ?? 'POST',
    headers: { cookie: `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function newDeal(): Promise<string> {
  const created = await call(rep, dealsRoute.POST, { body: { account: 'Globex', title: 'Renewal', amountMinor: 2_050_000, stage: 'TODO' } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.deal.id as string;
}

const edit = (user: UserRecord, dealId: string, body: Record<string, unknown>) => call(user, dealRoute.PATCH, { method: 'PATCH', params: { dealId }, body });

beforeAll(async () => {
  const prisma = database().prisma;
  const office = await createOffice(prisma, { name: 'New York' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'NY Enterprise' });
  lead = await createUser(prisma, { role: 'LEAD', teamId: team.id, name: 'Lee Lead' });
  await prisma.team.update({ where: { id: team.id }, data: { leadId: lead.id } });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Rae Rep' });
});

describe('an edit made on an older version', () => {
  it('keeps a colleague’s amount when the stale form changes only the title', async () => {
    const dealId = await newDeal();
    expect((await edit(rep, dealId, { version: 1, amountMinor: 2_500_000 })).status).toBe(200);
    const saved = await edit(lead, dealId, { version: 1, title: 'Renewal 2027' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.deal).toMatchObject({ title: 'Renewal 2027', amountMinor: 2_500_000, version: 3 });
    expect(await database().prisma.deal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ title: 'Renewal 2027', amountMinor: 2_500_000 });
  });

  it('refuses a field both changed with 409, the current card and their value and yours, writing nothing', async () => {
    const dealId = await newDeal();
    expect((await edit(rep, dealId, { version: 1, amountMinor: 2_500_000 })).status).toBe(200);
    const refused = await edit(lead, dealId, { version: 1, title: 'Renewal 2027', amountMinor: 2_100_000 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/changed amountMinor/);
    expect(refused.body.details.deal).toMatchObject({ amountMinor: 2_500_000, title: 'Renewal', version: 2 });
    expect(refused.body.details.conflicts).toEqual([{ field: 'amountMinor', base: 2_050_000, theirs: 2_500_000, yours: 2_100_000 }]);
    expect(await database().prisma.dealEvent.count({ where: { dealId } })).toBe(2);

    // The user chose theirs for the amount and keeps the title: sent against the version shown in the conflict.
    const resolved = await edit(lead, dealId, { version: 2, title: 'Renewal 2027' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.deal).toMatchObject({ title: 'Renewal 2027', amountMinor: 2_500_000 });
  });

  it('is no conflict when both set the same value', async () => {
    const dealId = await newDeal();
    expect((await edit(rep, dealId, { version: 1, notes: 'Called the CFO' })).status).toBe(200);
    const same = await edit(lead, dealId, { version: 1, notes: 'Called the CFO', expectedCloseDate: '2027-01-29' });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.deal).toMatchObject({ notes: 'Called the CFO', expectedCloseDate: '2027-01-29', version: 3 });
  });

  it('merges too for a deal whose first version left no event (seeded or imported), from the next event’s before', async () => {
    const seeded = await createDeal(database().prisma, { ownerId: rep.id, teamId: rep.teamId!, stage: 'TODO', amountMinor: 2_050_000, title: 'Renewal' });
    expect((await edit(rep, seeded.id, { version: 1, amountMinor: 2_500_000 })).status).toBe(200);
    const saved = await edit(lead, seeded.id, { version: 1, title: 'Renewal 2027' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.deal).toMatchObject({ title: 'Renewal 2027', amountMinor: 2_500_000 });
  });
});
