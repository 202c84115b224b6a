import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import * as importsRoute from '@/app/api/admin/imports/route';
import * as previewRoute from '@/app/api/admin/imports/preview/route';
import * as undoRoute from '@/app/api/admin/imports/[importId]/undo/route';
import * as errorsRoute from '@/app/api/admin/imports/[importId]/errors/route';
import fc from 'fast-check';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { exportDeals } from '@/server/use-cases/export-deals';
import { exportOrganization } from '@/server/use-cases/export-organization';
import { exportDealEvents } from '@/server/use-cases/export-deal-events';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { setWallPublisher } from '@/realtime/registry';
import { subscribeToServerEvents } from '@/server/events';
import type { SessionUser } from '@/server/auth/session-user';
import { commitImport } from '@/server/use-cases/commit-import';
import { previewImport } from '@/server/use-cases/preview-import';
import { undoImport } from '@/server/use-cases/undo-import';
import { listImportRuns } from '@/server/use-cases/list-import-runs';
import { getImportReport } from '@/server/use-cases/get-import-report';
import { fileFromBytes } from '@/server/import/read-csv-stream';
import { readExternalId } from '@/domain/import/source-values';
import {
  messy,
  salesforceOpportunities,
  salesforceOpportunityHistory,
  salesforceUsers,
  type SampleDeal,
  type SampleHistory,
  type SamplePerson,
} from '@/domain/import/sample-files';

// Importing Salesforce Data Loader files through the use cases the API and CLI call:
// what is written, that a second import writes nothing, that a newer export updates in
// place through the versioned path, that history keeps its order, undo, and who may.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const markDirty = vi.fn();

const ada: SamplePerson = { id: '005000000000AdA', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', team: 'Enterprise', office: 'New York', startDate: '2024-02-01', isActive: true };
const bob: SamplePerson = { id: '005000000000BoB', firstName: 'Bob', lastName: 'Byte', email: 'bob@example.com', team: 'Enterprise', office: 'New York', startDate: '2025-03-01', isActive: true };
const deals: SampleDeal[] = [
  { id: '006000000000001', title: 'Rollout', account: 'Acme', stage: 'Closed Won', amount: 12_000, currency: 'USD', closeDate: '2026-10-01', createdAt: '2026-08-03T14:00:00.000Z', outcome: 'WON', owner: ada },
  { id: '006000000000002', title: 'Pilot', account: 'Globex', stage: 'Negotiation/Review', amount: 1_500, currency: 'USD', closeDate: '2026-12-15', createdAt: '2026-09-01T09:30:00.000Z', outcome: null, owner: bob },
  { id: '006000000000003', title: 'Renewal', account: 'Initech', stage: 'Closed Lost', amount: 800, currency: 'USD', closeDate: '2026-11-20', createdAt: '2026-07-10T10:00:00.000Z', outcome: 'LOST', owner: ada },
];
const history: SampleHistory[] = [
  { dealId: '006000000000001', at: '2026-09-10T10:00:00.000Z', stage: 'Negotiation/Review', amount: 12_000 },
  { dealId: '006000000000001', at: '2026-08-03T14:00:00.000Z', stage: 'Prospecting', amount: 10_000 },
  { dealId: '006000000000001', at: '2026-08-20T10:00:00.000Z', stage: 'Needs Analysis', amount: 10_000 },
  { dealId: '006000000000001', at: '2026-10-01T16:00:00.000Z', stage: 'Closed Won', amount: 12_000 },
];

const encoder = new TextEncoder();
const files = (options: { people?: string; deals?: string; history?: string } = {}) => ({
  people: fileFromBytes('User.csv', encoder.encode(options.people ?? salesforceUsers([ada, bob]))),
  deals: fileFromBytes('Opportunity.csv', encoder.encode(options.deals ?? salesforceOpportunities(deals))),
  history: fileFromBytes('OpportunityHistory.csv', encoder.encode(options.history ?? salesforceOpportunityHistory(history))),
});

let admin: SessionUser;
let rep: SessionUser;
const now = new Date('2026-12-02T12:00:00Z');

function session(user: UserRecord): SessionUser {
  return { id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId, ledTeamIds: [], managedTeamIds: [] };
}

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Existing' });
  admin = session(await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin', email: 'admin@example.com' }));
  rep = session(await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Rita Rep', email: 'rita@example.com' }));
  markDirty.mockClear();
  setWallPublisher({ markDirty });
});

afterEach(() => setWallPublisher(undefined));

describe('a Salesforce import', () => {
  it('creates people, teams and deals with their original dates and history, in sequence order', async () => {
    const result = await commitImport({ actor: admin, files: files(), input: {}, now });
    expect(result.preview.problems).toEqual([]);
    expect(result.run).toMatchObject({ status: 'COMMITTED', source: 'salesforce', counts: { people: { create: 2 }, deals: { create: 3, refuse: 0 } } });
    const prisma = database().prisma;
    const team = await prisma.team.findFirstOrThrow({ where: { name: 'Enterprise' } });
    const people = await prisma.user.findMany({ where: { email: { in: ['ada@example.com', 'bob@example.com'] } }, orderBy: { email: 'asc' } });
    expect(people.map((person) => [person.name, person.teamId, person.startDate.toISOString().slice(0, 10), person.passwordHash])).toEqual([
      ['Ada Lovelace', team.id, '2024-02-01', null],
      ['Bob Byte', team.id, '2025-03-01', null],
    ]);
    const won = await prisma.deal.findFirstOrThrow({ where: { title: 'Rollout' } });
    // A date-only close belongs to that day in the owner's office zone: October in New York.
    expect(won).toMatchObject({ stage: 'COMPLETED', outcome: 'WON', amountMinor: 1_200_000, closedAmountMinor: 1_200_000, ownerId: people[0]!.id, teamId: team.id });
    expect(won.closedAt?.toISOString()).toBe('2026-10-01T16:00:00.000Z');
    expect(won.createdAt.toISOString()).toBe('2026-08-03T14:00:00.000Z');
    const events = await prisma.dealEvent.findMany({ where: { dealId: won.id }, orderBy: { sequence: 'asc' } });
    expect(events.map((event) => [event.type, event.occurredAt.toISOString(), event.imported, (event.after as { stage: string }).stage])).toEqual([
      ['CREATED', '2026-08-03T14:00:00.000Z', true, 'BACKLOG'],
      ['MOVED', '2026-08-20T10:00:00.000Z', true, 'TODO'],
      ['MOVED', '2026-09-10T10:00:00.000Z', true, 'IN_PROGRESS'],
      ['CLOSED', '2026-10-01T16:00:00.000Z', true, 'COMPLETED'],
    ]);
    expect(won.version).toBe(4);
    // Across all deals, sequence order is time order within each deal.
    const all = await prisma.dealEvent.findMany({ orderBy: { sequence: 'asc' } });
    // And each event's card before is the one the deal's previous event left (its first has none).
    const lastAt = new Map<string, number>();
    const lastAfter = new Map<string, unknown>();
    for (const event of all) {
      expect(event.occurredAt.getTime()).toBeGreaterThanOrEqual(lastAt.get(event.dealId) ?? 0);
      expect(event.before).toEqual(lastAfter.get(event.dealId) ?? null);
      lastAt.set(event.dealId, event.occurredAt.getTime());
      lastAfter.set(event.dealId, event.after);
    }
    expect(await prisma.externalRecord.count({ where: { source: 'salesforce', kind: 'DEAL' } })).toBe(3);
    expect(markDirty).toHaveBeenCalled();
  });

  it('writes nothing the second time, and a newer export updates changed deals in place', async () => {
    await commitImport({ actor: admin, files: files(), input: {}, now });
    const prisma = database().prisma;
    const eventsBefore = await prisma.dealEvent.count();
    const again = await commitImport({ actor: admin, files: files(), input: {}, now });
    expect(again.run.counts).toMatchObject({ people: { create: 0, update: 0, unchanged: 2 }, deals: { create: 0, update: 0, unchanged: 3 } });
    expect(await prisma.dealEvent.count()).toBe(eventsBefore);
    expect(await prisma.deal.count()).toBe(3);

    const newer = deals.map((deal) => (deal.id === '006000000000002' ? { ...deal, amount: 2_500, stage: 'Closed Won', outcome: 'WON' as const, closeDate: '2026-11-30' } : deal));
    const update = await commitImport({ actor: admin, files: files({ deals: salesforceOpportunities(newer) }), input: {}, now });
    expect(update.run.counts.deals).toMatchObject({ create: 0, update: 1, unchanged: 2 });
    const pilot = await prisma.deal.findFirstOrThrow({ where: { title: 'Pilot' } });
    expect(pilot).toMatchObject({ outcome: 'WON', amountMinor: 250_000, version: 2 });
    const last = await prisma.dealEvent.findFirstOrThrow({ where: { dealId: pilot.id }, orderBy: { sequence: 'desc' } });
    expect(last).toMatchObject({ type: 'CLOSED', imported: false, actorId: admin.id });
    expect(await prisma.dealEvent.count()).toBe(eventsBefore + 1);
  });

  it('a newer export adds its new deals and the later stage changes of deals imported before, once', async () => {
    await commitImport({ actor: admin, files: files(), input: {}, now });
    const prisma = database().prisma;
    const pilot = await prisma.deal.findFirstOrThrow({ where: { title: 'Pilot' } });
    expect(pilot).toMatchObject({ stage: 'IN_PROGRESS', version: 1 });
    // A month later: Pilot went back to qualification and its amount grew, then came back to negotiation; a new deal appeared.
    const later = new Date('2027-01-05T12:00:00Z');
    const newerHistory: SampleHistory[] = [
      ...history,
      { dealId: '006000000000002', at: '2026-09-01T09:30:00.000Z', stage: 'Negotiation/Review', amount: 1_500 },
      { dealId: '006000000000002', at: '2026-12-10T15:00:00.000Z', stage: 'Qualification', amount: 1_500 },
      { dealId: '006000000000002', at: '2026-12-17T15:00:00.000Z', stage: 'Qualification', amount: 2_000 },
      { dealId: '006000000000002', at: '2026-12-28T15:00:00.000Z', stage: 'Negotiation/Review', amount: 2_000 },
      { dealId: '006000000000004', at: '2026-12-20T10:00:00.000Z', stage: 'Prospecting', amount: 700 },
    ];
    const newerDeals: SampleDeal[] = [
      ...deals.map((deal) => (deal.id === '006000000000002' ? { ...deal, amount: 2_000 } : deal)),
      { id: '006000000000004', title: 'Expansion', account: 'Hooli', stage: 'Prospecting', amount: 700, currency: 'USD', closeDate: '2027-03-01', createdAt: '2026-12-20T10:00:00.000Z', outcome: null, owner: bob },
    ];
    const newer = () => files({ deals: salesforceOpportunities(newerDeals), history: salesforceOpportunityHistory(newerHistory) });
    const appended = await commitImport({ actor: admin, files: newer(), input: {}, now: later });
    expect(appended.run.counts.deals).toMatchObject({ create: 1, update: 1, unchanged: 2 });
    const events = await prisma.dealEvent.findMany({ where: { dealId: pilot.id }, orderBy: { sequence: 'asc' } });
    expect(events.map((event) => [event.type, event.occurredAt.toISOString(), event.imported, (event.after as { stage: string; amountMinor: number }).stage, (event.after as { amountMinor: number }).amountMinor])).toEqual([
      ['CREATED', '2026-09-01T09:30:00.000Z', true, 'IN_PROGRESS', 150_000],
      ['MOVED', '2026-12-10T15:00:00.000Z', true, 'BACKLOG', 150_000],
      ['UPDATED', '2026-12-17T15:00:00.000Z', true, 'BACKLOG', 200_000],
      ['MOVED', '2026-12-28T15:00:00.000Z', true, 'IN_PROGRESS', 200_000],
    ]);
    // Each event's card before is the one the previous event left (a new deal's first has none).
    expect(events.map((event) => event.before)).toEqual([null, ...events.slice(0, -1).map((event) => event.after)]);
    expect(await prisma.deal.findUniqueOrThrow({ where: { id: pilot.id } })).toMatchObject({ stage: 'IN_PROGRESS', amountMinor: 200_000, version: 4 });
    expect(await prisma.deal.count({ where: { title: 'Expansion' } })).toBe(1);

    // The same newer export again writes nothing.
    const eventCount = await prisma.dealEvent.count();
    const again = await commitImport({ actor: admin, files: newer(), input: {}, now: later });
    expect(again.run.counts.deals).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect(again.run.counts.history.events).toBe(0);
    expect(await prisma.dealEvent.count()).toBe(eventCount);

    // Undoing the newer import puts Pilot back as the first import left it and removes the new deal.
    await undoImport({ actor: admin, importRunId: appended.run.id, now: later });
    expect(await prisma.deal.findUniqueOrThrow({ where: { id: pilot.id } })).toMatchObject({ stage: 'IN_PROGRESS', amountMinor: 150_000 });
    expect(await prisma.deal.count({ where: { title: 'Expansion', deletedAt: null } })).toBe(0);
  });

  it('reads a Windows-1252, semicolon-separated copy with decimal commas the same way', async () => {
    const people = messy(salesforceUsers([ada, { ...bob, lastName: 'Bÿte' }]), { encoding: 'windows-1252', semicolons: true });
    const opportunities = messy(salesforceOpportunities(deals.map((deal) => ({ ...deal, amount: deal.amount + 0.5 }))), { encoding: 'windows-1252', semicolons: true });
    const result = await commitImport({
      actor: admin,
      files: { people: fileFromBytes('User.csv', people), deals: fileFromBytes('Opportunity.csv', opportunities) },
      input: { decimalSeparator: ',' },
      now,
    });
    expect(result.preview.problems).toEqual([]);
    const prisma = database().prisma;
    expect((await prisma.user.findFirstOrThrow({ where: { email: 'bob@example.com' } })).name).toBe('Bob Bÿte');
    expect((await prisma.deal.findFirstOrThrow({ where: { title: 'Pilot' } })).amountMinor).toBe(150_050);
  });

  it('refuses rows with an unknown stage or owner until they are mapped, and remembers the mapping', async () => {
    const strange = [...deals, { ...deals[1]!, id: '006000000000004', title: 'Odd', stage: 'Discovery Call', owner: { ...bob, id: '005000000000ZzZ' } }];
    const preview = await previewImport({ actor: admin, files: files({ deals: salesforceOpportunities(strange) }), input: {} });
    expect(preview.counts.deals).toMatchObject({ create: 3, refuse: 1 });
    expect(preview.stages.find((row) => row.stage === 'Discovery Call')).toMatchObject({ column: null, rows: 1 });
    expect(preview.problems).toEqual([{ file: 'deals', line: 5, message: 'Stage "Discovery Call" is not mapped to a column.' }]);
    const prisma = database().prisma;
    expect(await prisma.deal.count()).toBe(0);

    const mappedStage = await previewImport({ actor: admin, files: files({ deals: salesforceOpportunities(strange) }), input: { stages: { 'Discovery Call': 'TODO' } } });
    expect(mappedStage.owners.find((row) => row.owner === '005000000000ZzZ')).toMatchObject({ status: 'unknown', deals: 1 });
    expect(mappedStage.problems[0]!.message).toContain('Owner "005000000000ZzZ" is not a known person');

    const committed = await commitImport({
      actor: admin,
      files: files({ deals: salesforceOpportunities(strange) }),
      input: { stages: { 'Discovery Call': 'TODO' }, owners: { '005000000000ZzZ': { personId: rep.id } } },
      now,
    });
    expect(committed.run.counts.deals).toMatchObject({ create: 4, refuse: 0 });
    expect(await prisma.deal.findFirstOrThrow({ where: { title: 'Odd' } })).toMatchObject({ ownerId: rep.id, stage: 'TODO' });
    // Remembered for the source's next import.
    const next = await previewImport({ actor: admin, files: files({ deals: salesforceOpportunities(strange) }), input: {} });
    expect(next.counts.deals).toMatchObject({ unchanged: 4, refuse: 0 });
  });

  it('keeps a per-row error report and lists the run in the history', async () => {
    const broken = salesforceOpportunities(deals).replace('006000000000003', '6.00000000000E+14');
    const result = await commitImport({ actor: admin, files: files({ deals: broken }), input: {}, now });
    expect(result.run.counts.deals).toMatchObject({ create: 2, refuse: 1 });
    const report = await getImportReport({ actor: admin, importRunId: result.run.id });
    expect(report.csv).toContain('deals,4,Id: The id 6.00000000000E+14 was turned into a number by a spreadsheet');
    const runs = await listImportRuns({ actor: admin });
    expect(runs.map((run) => [run.id, run.status, run.problemCount, run.actorName])).toEqual([[result.run.id, 'COMMITTED', 1, 'Ada Admin']]);
  });

  it('reports the rows found in conflict while writing: a deal another import took, an owner deactivated meanwhile', async () => {
    const prisma = database().prisma;
    const result = await commitImport({
      actor: admin,
      files: files(),
      input: {},
      now,
      // Between the plan and the first chunk: another import records deal 1, and Bob (owner of the open deal 2) is deactivated.
      onRunStarted: async () => {
        const other = await createDeal(prisma, { title: 'Recorded by another import' });
        const externalId = readExternalId('006000000000001', true);
        if (!externalId.ok) throw new Error('not an id');
        await prisma.externalRecord.create({ data: { source: 'salesforce', kind: 'DEAL', externalId: externalId.value, recordId: other.id } });
        await prisma.user.update({ where: { email: 'bob@example.com' }, data: { active: false } });
      },
    });
    expect(result.run.counts.deals).toMatchObject({ create: 1, refuse: 2 });
    expect(result.run.problemCount).toBe(2);
    const report = await getImportReport({ actor: admin, importRunId: result.run.id });
    expect(report.csv).toMatch(/deals,2,Deal 006000000000001\w* was imported by another import while this one ran; it was not imported twice\./);
    expect(report.csv).toContain('deals,3,"Owner ""005000000000BoB');
    expect(report.csv).toContain('was deactivated while importing and the deal is open; it was not imported.');
    // Nothing of the two rows was written: only Renewal, and the deal the other import recorded.
    expect((await prisma.deal.findMany({ orderBy: { title: 'asc' } })).map((deal) => deal.title).filter((title) => ['Rollout', 'Pilot', 'Renewal'].includes(title))).toEqual(['Renewal']);
    expect(await prisma.externalRecord.count({ where: { source: 'salesforce', kind: 'DEAL' } })).toBe(2);
  });

  it('reports a deal changed in Cadence while a newer export was imported, with its row, and leaves it alone', async () => {
    await commitImport({ actor: admin, files: files(), input: {}, now });
    const prisma = database().prisma;
    const newer = deals.map((deal) => (deal.id === '006000000000002' ? { ...deal, amount: 2_500 } : deal));
    const result = await commitImport({
      actor: admin,
      files: files({ deals: salesforceOpportunities(newer) }),
      input: {},
      now,
      // A rep edits the deal between the plan and the update.
      onRunStarted: async () => {
        await prisma.deal.updateMany({ where: { title: 'Pilot' }, data: { notes: 'Edited on the board', version: { increment: 1 } } });
      },
    });
    expect(result.run.counts.deals).toMatchObject({ create: 0, update: 0, unchanged: 2, refuse: 1 });
    const report = await getImportReport({ actor: admin, importRunId: result.run.id });
    expect(report.csv).toMatch(/deals,3,Deal 006000000000002\w* changed in Cadence while importing; it was not updated\./);
    expect(await prisma.deal.findFirstOrThrow({ where: { title: 'Pilot' } })).toMatchObject({ amountMinor: 150_000, notes: 'Edited on the board', version: 2 });
  });

  it('a dry run records the counts and writes nothing else', async () => {
    const result = await commitImport({ actor: admin, files: files(), input: { dryRun: true }, now });
    expect(result.run).toMatchObject({ status: 'DRY_RUN', counts: { deals: { create: 3 } } });
    const prisma = database().prisma;
    expect(await prisma.deal.count()).toBe(0);
    expect(await prisma.user.count()).toBe(2);
    await expect(undoImport({ actor: admin, importRunId: result.run.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('undoes an import: its deals deleted with events, its people deactivated, the files importable again', async () => {
    const first = await commitImport({ actor: admin, files: files(), input: {}, now });
    const prisma = database().prisma;
    const undone = await undoImport({ actor: admin, importRunId: first.run.id, now });
    expect(undone).toMatchObject({ status: 'UNDONE' });
    const remaining = await prisma.deal.findMany({ where: { deletedAt: null } });
    expect(remaining).toEqual([]);
    expect(await prisma.dealEvent.count({ where: { type: 'DELETED' } })).toBe(3);
    expect(await prisma.user.count({ where: { active: true } })).toBe(2);
    await expect(undoImport({ actor: admin, importRunId: first.run.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = await commitImport({ actor: admin, files: files({ people: salesforceUsers([ada, bob]) }), input: {}, now });
    expect(again.run.counts).toMatchObject({ people: { update: 2 }, deals: { create: 3 } });
    expect(await prisma.deal.count({ where: { deletedAt: null } })).toBe(3);
  });

  it('undoes an update by putting the deal back as it was', async () => {
    await commitImport({ actor: admin, files: files(), input: {}, now });
    const newer = deals.map((deal) => (deal.id === '006000000000002' ? { ...deal, amount: 9_000 } : deal));
    const update = await commitImport({ actor: admin, files: files({ deals: salesforceOpportunities(newer) }), input: {}, now });
    const prisma = database().prisma;
    expect((await prisma.deal.findFirstOrThrow({ where: { title: 'Pilot' } })).amountMinor).toBe(900_000);
    await undoImport({ actor: admin, importRunId: update.run.id, now });
    expect(await prisma.deal.findFirstOrThrow({ where: { title: 'Pilot' } })).toMatchObject({ amountMinor: 150_000, deletedAt: null });
  });

  it('only admins import, undo or read the history, and a refused caller writes nothing', async () => {
    await expect(commitImport({ actor: rep, files: files(), input: {} })).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Only admins can manage imports.' });
    await expect(previewImport({ actor: rep, files: files(), input: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listImportRuns({ actor: rep })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const prisma = database().prisma;
    expect(await prisma.importRun.count()).toBe(0);
    expect(await prisma.deal.count()).toBe(0);
  });

  it('asks for the columns it cannot find and writes nothing', async () => {
    const headless = 'Foo,Bar\n1,2\n';
    await expect(commitImport({ actor: admin, files: { deals: fileFromBytes('deals.csv', encoder.encode(headless)) }, input: {}, now })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      message: 'Map these columns first: deals: externalId, title, stage, owner.',
    });
    const preview = await previewImport({ actor: admin, files: { deals: fileFromBytes('deals.csv', encoder.encode(headless)) }, input: { columns: { deals: { externalId: 'Foo', title: 'Bar', stage: 'Bar', owner: 'Foo' } } } });
    expect(preview.missing).toEqual({});
    expect(await database().prisma.importRun.count()).toBe(0);
  });
});

describe('the import API', () => {
  type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  async function call(user: SessionUser, handler: unknown, options: { body?: BodyInit; contentType?: string; params?: Record<string, string>; method?: string } = {}) {
    const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
    const headers: Record<string, string> = { cookie };
    if (options.contentType) headers['content-type'] = options.contentType;
    const request = new Request('http://localhost/api/admin/imports', { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers, body: options.body });
    return (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  }
  function upload(options: Record<string, unknown> = {}) {
    const form = new FormData();
    form.set('people', new Blob([salesforceUsers([ada, bob])], { type: 'text/csv' }), 'User.csv');
    form.set('deals', new Blob([salesforceOpportunities(deals).replace('006000000000003', '3.1E+14')], { type: 'text/csv' }), 'Opportunity.csv');
    form.set('options', JSON.stringify(options));
    return form;
  }

  it('previews, commits, lists, reports errors and undoes through multipart uploads', async () => {
    const preview = await call(admin, previewRoute.POST, { body: upload() });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ source: 'salesforce', counts: { deals: { create: 2, refuse: 1 } }, problemCount: 1 });
    expect(await database().prisma.deal.count()).toBe(0);

    // On PostgreSQL the import runs in a worker thread; what it announces reaches the boards and walls here.
    const heard: string[] = [];
    const unsubscribe = subscribeToServerEvents({ dealsChangedInBulk: ({ changes }) => heard.push(...changes.map((change) => change.dealId)) });
    const committed = await call(admin, importsRoute.POST, { body: upload() });
    unsubscribe();
    expect(committed.status).toBe(201);
    expect(heard.sort()).toEqual((await database().prisma.deal.findMany({ select: { id: true } })).map((deal) => deal.id).sort());
    expect(markDirty).toHaveBeenCalled();
    const { run } = (await committed.json()) as { run: { id: string } };
    const list = await call(admin, importsRoute.GET);
    expect(((await list.json()) as { runs: { id: string }[] }).runs.map((entry) => entry.id)).toEqual([run.id]);
    const report = await call(admin, errorsRoute.GET, { params: { importId: run.id } });
    expect(report.headers.get('content-type')).toContain('text/csv');
    expect(await report.text()).toContain('deals,4,');
    const undone = await call(admin, undoRoute.POST, { params: { importId: run.id }, method: 'POST' });
    expect(undone.status).toBe(200);
    expect(await database().prisma.deal.count({ where: { deletedAt: null } })).toBe(0);
    // Three jobs, each in a fresh worker thread on PostgreSQL: allow for their start on a loaded machine.
  }, 120_000);

  it('answers 4xx with a reason for a rep, a JSON body, bad options and an unknown import', async () => {
    expect((await call(rep, importsRoute.POST, { body: upload() })).status).toBe(403);
    const json = await call(admin, importsRoute.POST, { body: '{}', contentType: 'application/json' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { message: string } }).error.message).toContain('multipart/form-data');
    const badOptions = await call(admin, importsRoute.POST, { body: upload({ dateOrder: 'ymd' }) });
    expect(badOptions.status).toBe(400);
    expect((await call(admin, undoRoute.POST, { params: { importId: 'nope' }, method: 'POST' })).status).toBe(404);
    expect(await database().prisma.importRun.count()).toBe(0);
  });
});

describe('export', () => {
  it('escapes formulas, follows read rights, and keeps the whole organisation for admins without secrets', async () => {
    const prisma = database().prisma;
    await createDeal(prisma, { ownerId: rep.id, teamId: rep.teamId!, title: '=HYPERLINK("x")', account: '+cmd', currency: 'USD' });
    const other = await createDeal(prisma, { title: 'Elsewhere', currency: 'USD' });
    const csv = await exportDeals({ actor: rep });
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'+cmd`);
    expect(csv).not.toContain('Elsewhere');
    expect(await exportDeals({ actor: admin })).toContain('Elsewhere');
    await expect(exportOrganization({ actor: rep })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const backup = await exportOrganization({ actor: admin });
    expect((backup.deals as { id: string }[]).map((deal) => deal.id)).toContain(other.id);
    expect(JSON.stringify(backup)).not.toContain('passwordHash');
    expect(await exportDealEvents({ actor: rep })).toMatch(/^Sequence,Deal ID,Type/);
  });

  it('export then import is a round trip: nothing changes and no event is written (property)', async () => {
    const prisma = database().prisma;
    const team = rep.teamId!;
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() === value && value.trim() !== '' && !/[\u0000-\u001f]/.test(value));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: text, account: text, amountMinor: fc.integer({ min: 0, max: 50_000_000 }), stage: fc.constantFrom('BACKLOG', 'TODO', 'IN_PROGRESS', 'WON', 'LOST') }), { minLength: 1, maxLength: 6 }),
        async (rows) => {
          await prisma.dealEvent.deleteMany();
          await prisma.deal.deleteMany();
          for (const row of rows) {
            const isClosed = row.stage === 'WON' || row.stage === 'LOST';
            await createDeal(prisma, {
              ownerId: rep.id, teamId: team, title: row.title, account: row.account, amountMinor: row.amountMinor, currency: 'USD',
              stage: isClosed ? 'COMPLETED' : (row.stage as 'TODO'), outcome: isClosed ? (row.stage as 'WON') : null,
              closedAmountMinor: row.stage === 'WON' ? row.amountMinor : null, closedAt: isClosed ? new Date('2026-11-03T15:04:05.678Z') : null,
            });
          }
          const exported = await exportDeals({ actor: admin });
          const before = await prisma.deal.findMany({ orderBy: { id: 'asc' } });
          const events = await prisma.dealEvent.count();
          const result = await commitImport({ actor: admin, files: { deals: fileFromBytes('deals.csv', encoder.encode(exported)) }, input: { source: 'cadence' }, now });
          expect(result.preview.problems).toEqual([]);
          expect(result.run.counts.deals).toMatchObject({ create: 0, update: 0, unchanged: rows.length, refuse: 0 });
          expect(await prisma.dealEvent.count()).toBe(events);
          expect(await prisma.deal.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});
