import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type DealRecord, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { setWallPublisher } from '@/realtime/registry';
import { seedDemoData } from '@/server/demo-seed';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { sprintsOfMonth } from '@/domain/sprints/sprint-calendar';
import * as sprintsRoute from '@/app/api/teams/[teamId]/sprints/route';
import * as sprintRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/route';
import * as forecastRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/forecasts/[userId]/route';
import * as standupRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/standup/route';
import * as blockersRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/blockers/route';
import * as blockerRoute from '@/app/api/blockers/[blockerId]/route';
import * as retroRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/retro/route';
import * as notesRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/notes/route';
import * as noteRoute from '@/app/api/notes/[noteId]/route';
import * as noteSearchRoute from '@/app/api/notes/route';
import * as actionItemsRoute from '@/app/api/teams/[teamId]/sprints/[sprintId]/action-items/route';
import * as actionItemRoute from '@/app/api/action-items/[itemId]/route';
import * as historyRoute from '@/app/api/teams/[teamId]/sprint-history/route';
import * as accuracyRoute from '@/app/api/teams/[teamId]/forecast-accuracy/route';
import * as closeRoute from '@/app/api/deals/[dealId]/close/route';
import * as moveRoute from '@/app/api/deals/[dealId]/move/route';
import { commitImport } from '@/server/use-cases/commit-import';
import { fileFromBytes } from '@/server/import/read-csv-stream';
import { salesforceOpportunities, salesforceOpportunityHistory, type SamplePerson } from '@/domain/import/sample-files';
import * as wallForecastsRoute from '@/app/api/wall/forecasts/route';

// Sprints, forecasts, standups and retrospectives through the API, on a real database,
// with the authorization rules: a rep edits only their own forecast, a lead runs only
// their own team's standup and retrospective.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(
  user: UserRecord,
  handler: unknown,
  options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string } = {},
) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: { cookie, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const zone = 'America/New_York';
let team: { id: string };
let otherTeam: { id: string };
let lead: UserRecord;
let otherLead: UserRecord;
let ana: UserRecord;
let ben: UserRecord;
let outsider: UserRecord;
let admin: UserRecord;
let sprintId: string;
let anaDeal: DealRecord;
let benDeal: DealRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  setWallPublisher({ markDirty: () => {} });
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: zone, currency: 'USD', locale: 'en-US' });
  team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  otherTeam = await createTeam(prisma, { officeId: office.id, name: 'Mid-market' });
  lead = await createUser(prisma, { role: 'LEAD', teamId: team.id, name: 'Lena Lead' });
  otherLead = await createUser(prisma, { role: 'LEAD', teamId: otherTeam.id, name: 'Otto Lead' });
  await prisma.team.update({ where: { id: team.id }, data: { leadId: lead.id } });
  await prisma.team.update({ where: { id: otherTeam.id }, data: { leadId: otherLead.id } });
  ana = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep' });
  ben = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ben Rep' });
  outsider = await createUser(prisma, { role: 'REP', teamId: otherTeam.id, name: 'Olga Outsider' });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  anaDeal = await createDeal(prisma, { ownerId: ana.id, teamId: team.id, account: 'Globex', stage: 'IN_PROGRESS', amountMinor: 5_000_00 });
  benDeal = await createDeal(prisma, { ownerId: ben.id, teamId: team.id, account: 'Initech', stage: 'TODO', amountMinor: 2_000_00 });
  const list = await call(lead, sprintsRoute.GET, { params: { teamId: team.id } });
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  sprintId = list.body.currentSprintId;
});

afterEach(() => setWallPublisher(undefined));

const sprintParams = () => ({ teamId: team.id, sprintId });

describe('sprints', () => {
  it("cuts the current month into the office's weekly sprints once, however often it is asked", async () => {
    const first = await call(ana, sprintsRoute.GET, { params: { teamId: team.id } });
    const again = await call(lead, sprintsRoute.GET, { params: { teamId: team.id } });
    const month = monthStartInZone(new Date(), zone);
    expect(first.body.month).toBe(monthKey(month));
    expect(first.body.sprints.map((sprint: { startsOn: string }) => sprint.startsOn)).toEqual(sprintsOfMonth(month, zone).map((window) => window.startsOn));
    expect(again.body.sprints.map((sprint: { id: string }) => sprint.id)).toEqual(first.body.sprints.map((sprint: { id: string }) => sprint.id));
    expect(await database().prisma.sprint.count()).toBe(first.body.sprints.length);
    const current = first.body.sprints.filter((sprint: { state: string }) => sprint.state === 'current');
    expect(current.map((sprint: { id: string }) => sprint.id)).toEqual([sprintId]);
  });

  it('answers a malformed month with 400 and another team with 403', async () => {
    expect((await call(lead, sprintsRoute.GET, { params: { teamId: team.id }, query: '?month=2026-13' })).status).toBe(400);
    const refused = await call(outsider, sprintsRoute.GET, { params: { teamId: team.id } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/not one you are on/);
    expect((await call(lead, sprintRoute.GET, { params: { teamId: team.id, sprintId: 'nope' } })).status).toBe(404);
  });
});

describe('forecasts', () => {
  it('keeps every statement as a dated snapshot and rolls the latest ones up for the team', async () => {
    const first = await call(ana, forecastRoute.PUT, { method: 'PUT', params: { ...sprintParams(), userId: ana.id }, body: { commitMinor: 10_000_00, bestCaseMinor: 15_000_00 } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await call(ana, forecastRoute.PUT, {
      method: 'PUT',
      params: { ...sprintParams(), userId: ana.id },
      body: { commitMinor: 12_000_00, bestCaseMinor: 16_000_00, commitments: [{ dealId: anaDeal.id, goal: 'CLOSE' }] },
    });
    expect(second.body.rep.forecast).toMatchObject({ commitMinor: 12_000_00, bestCaseMinor: 16_000_00 });
    expect(second.body.rep.commitments).toEqual([expect.objectContaining({ dealId: anaDeal.id, goal: 'CLOSE', fromStage: 'IN_PROGRESS', status: 'open' })]);
    await call(ben, forecastRoute.PUT, { method: 'PUT', params: { ...sprintParams(), userId: ben.id }, body: { commitMinor: 3_000_00, bestCaseMinor: 3_500_00 } });
    expect(await database().prisma.forecast.count({ where: { userId: ana.id } })).toBe(2);

    const overview = await call(lead, sprintRoute.GET, { params: sprintParams() });
    expect(overview.status).toBe(200);
    expect(overview.body.rollUp).toMatchObject({ commitMinor: 15_000_00, bestCaseMinor: 19_500_00, reps: 2 });

    // The wall's second marker reads the same roll-up.
    const wall = await call(outsider, wallForecastsRoute.GET, { query: `?month=${overview.body.sprint.month}` });
    expect(wall.status).toBe(200);
    expect(wall.body.teams).toEqual([{ id: team.id, commitMinor: 15_000_00, bestCaseMinor: 19_500_00, reps: 2 }]);
    // Per-rep figures go only to those who may read the reps' sprint (issue #16 item 9): not to an outsider.
    expect(wall.body.reps).toEqual([]);
    expect((await call(outsider, wallForecastsRoute.GET, { query: '?month=soon' })).status).toBe(400);
    expect(overview.body.reps.map((rep: { name: string }) => rep.name)).toEqual(['Ana Rep', 'Ben Rep', 'Lena Lead']);
    expect(overview.body.canRunRituals).toBe(true);
  });

  it("refuses a forecast for somebody else, whoever asks, and writes nothing", async () => {
    for (const actor of [ben, lead, admin]) {
      const refused = await call(actor, forecastRoute.PUT, { method: 'PUT', params: { ...sprintParams(), userId: ana.id }, body: { commitMinor: 1, bestCaseMinor: 2 } });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe('You can only change your own forecast.');
    }
    expect(await database().prisma.forecast.count()).toBe(0);
  });

  it('names bad figures and refuses commitments to deals that are not yours, writing nothing', async () => {
    const params = { ...sprintParams(), userId: ana.id };
    const low = await call(ana, forecastRoute.PUT, { method: 'PUT', params, body: { commitMinor: 500, bestCaseMinor: 100 } });
    expect(low.status).toBe(400);
    expect(low.body.error.issues[0].path).toBe('bestCaseMinor');
    const notMine = await call(ana, forecastRoute.PUT, { method: 'PUT', params, body: { commitMinor: 1, bestCaseMinor: 2, commitments: [{ dealId: benDeal.id, goal: 'ADVANCE' }] } });
    expect(notMine.status).toBe(422);
    expect(notMine.body.error.message).toMatch(/open deals of your own/);
    expect(await database().prisma.forecast.count()).toBe(0);
    expect(await database().prisma.commitment.count()).toBe(0);
  });

  it('refuses to forecast in a sprint that is over', async () => {
    const past = await database().prisma.sprint.create({
      data: { officeId: (await database().prisma.team.findUniqueOrThrow({ where: { id: team.id } })).officeId, month: new Date('2020-01-01'), number: 1, startsOn: new Date('2020-01-01'), endsOn: new Date('2020-01-05'), startsAt: new Date('2020-01-01T05:00:00Z'), endsAt: new Date('2020-01-06T05:00:00Z') },
    });
    const late = await call(ana, forecastRoute.PUT, { method: 'PUT', params: { teamId: team.id, sprintId: past.id, userId: ana.id }, body: { commitMinor: 1, bestCaseMinor: 1 } });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toMatch(/over/);
  });

  it('opens the next sprint for forecasts and commitments before it starts, and no sprint further ahead', async () => {
    const current = await call(ana, sprintRoute.GET, { params: sprintParams() });
    expect(current.body.forecastWindow).toBe('open');
    const nextSprintId = current.body.nextSprintId as string;
    expect(nextSprintId).toEqual(expect.any(String));
    const next = await call(ana, sprintRoute.GET, { params: { teamId: team.id, sprintId: nextSprintId } });
    expect(next.status).toBe(200);
    expect(next.body.sprint.state).toBe('future');
    expect(next.body.forecastWindow).toBe('planning');
    // The sprint after the next one is not reachable yet.
    expect(next.body.nextSprintId).toBeNull();

    const planned = await call(ana, forecastRoute.PUT, {
      method: 'PUT',
      params: { teamId: team.id, sprintId: nextSprintId, userId: ana.id },
      body: { commitMinor: 3_000_00, bestCaseMinor: 4_000_00, commitments: [{ dealId: anaDeal.id, goal: 'ADVANCE' }] },
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    expect(planned.body.rep.commitments).toMatchObject([{ dealId: anaDeal.id, goal: 'ADVANCE', status: 'open' }]);
    const prisma = database().prisma;
    expect(await prisma.commitment.count({ where: { sprintId: nextSprintId } })).toBe(1);
    // The running sprint keeps its own (no) commitments.
    expect(await prisma.commitment.count({ where: { sprintId } })).toBe(0);

    const nextRow = await prisma.sprint.findUniqueOrThrow({ where: { id: nextSprintId } });
    const following = nextRow.number + 1;
    const furtherAhead =
      (await prisma.sprint.findFirst({ where: { officeId: nextRow.officeId, month: nextRow.month, number: following } })) ??
      (await prisma.sprint.create({
        data: { officeId: nextRow.officeId, month: new Date('2099-01-01'), number: 1, startsOn: new Date('2099-01-01'), endsOn: new Date('2099-01-03'), startsAt: new Date('2099-01-01T05:00:00Z'), endsAt: new Date('2099-01-04T05:00:00Z') },
      }));
    const tooEarly = await call(ana, forecastRoute.PUT, {
      method: 'PUT',
      params: { teamId: team.id, sprintId: furtherAhead.id, userId: ana.id },
      body: { commitMinor: 1, bestCaseMinor: 1 },
    });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.error.message).toMatch(/not open for forecasts yet/);
    expect(await prisma.forecast.count({ where: { sprintId: furtherAhead.id } })).toBe(0);
  });

  it('marks a commitment met when the deal is won in the sprint, and counts it in the history', async () => {
    await call(ana, forecastRoute.PUT, {
      method: 'PUT',
      params: { ...sprintParams(), userId: ana.id },
      body: { commitMinor: 5_000_00, bestCaseMinor: 5_000_00, commitments: [{ dealId: anaDeal.id, goal: 'CLOSE' }] },
    });
    const closed = await call(ana, closeRoute.POST, { params: { dealId: anaDeal.id }, body: { version: 1, outcome: 'WON', closedAmountMinor: 4_800_00 } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const overview = await call(ana, sprintRoute.GET, { params: sprintParams() });
    const anaRow = overview.body.reps.find((rep: { userId: string }) => rep.userId === ana.id);
    expect(anaRow.commitments[0].status).toBe('met');
    // Saving again keeps the commitment on the deal that has closed since; a new one on a closed deal is refused.
    const resaved = await call(ana, forecastRoute.PUT, {
      method: 'PUT',
      params: { ...sprintParams(), userId: ana.id },
      body: { commitMinor: 4_800_00, bestCaseMinor: 5_000_00, commitments: [{ dealId: anaDeal.id, goal: 'CLOSE' }] },
    });
    expect(resaved.status, JSON.stringify(resaved.body)).toBe(200);
    expect(resaved.body.rep.commitments.map((commitment: { status: string }) => commitment.status)).toEqual(['met']);
    const closedDeal = await createDeal(database().prisma, { ownerId: ana.id, teamId: team.id, stage: 'COMPLETED', outcome: 'LOST', closedAt: new Date() });
    const tooLate = await call(ana, forecastRoute.PUT, {
      method: 'PUT',
      params: { ...sprintParams(), userId: ana.id },
      body: { commitMinor: 1, bestCaseMinor: 1, commitments: [{ dealId: closedDeal.id, goal: 'CLOSE' }] },
    });
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.error.message).toMatch(/already completed/);

    const history = await call(lead, historyRoute.GET, { params: { teamId: team.id }, query: '?months=1' });
    expect(history.status).toBe(200);
    const row = history.body.rows.find((candidate: { sprintId: string }) => candidate.sprintId === sprintId);
    expect(row).toMatchObject({ wonMinor: 4_800_00, wonCount: 1, commitmentsMade: 1, commitmentsMet: 1 });
    const benOnly = await call(lead, historyRoute.GET, { params: { teamId: team.id }, query: `?months=1&userId=${ben.id}` });
    expect(benOnly.body.rows.find((candidate: { sprintId: string }) => candidate.sprintId === sprintId)).toMatchObject({ wonMinor: 0, commitmentsMade: 0 });
    expect((await call(lead, historyRoute.GET, { params: { teamId: team.id }, query: '?months=40' })).status).toBe(400);
  });
});

describe('standups', () => {
  it("shows what moved since the last standup, and starts afresh once the lead finishes it", async () => {
    await call(ana, closeRoute.POST, { params: { dealId: anaDeal.id }, body: { version: 1, outcome: 'WON' } });
    const before = await call(lead, standupRoute.GET, { params: sprintParams() });
    expect(before.status).toBe(200);
    const anaRow = before.body.reps.find((rep: { userId: string }) => rep.userId === ana.id);
    expect(anaRow.moved.map((change: { type: string; dealId: string }) => [change.type, change.dealId])).toEqual([['CLOSED', anaDeal.id]]);
    expect(before.body.lastStandupAt).toBeNull();

    const finished = await call(lead, standupRoute.POST, { params: sprintParams() });
    expect(finished.status).toBe(201);
    const after = await call(lead, standupRoute.GET, { params: sprintParams() });
    expect(after.body.lastStandupAt).toBe(finished.body.standup.heldAt);
    expect(after.body.reps.every((rep: { moved: unknown[] }) => rep.moved.length === 0)).toBe(true);
  });

  it('shows imported history only for what happened since the last standup, in time order, as the import', async () => {
    const finished = await call(lead, standupRoute.POST, { params: sprintParams() });
    const heldAt = new Date(finished.body.standup.heldAt);
    const at = (minutes: number) => new Date(heldAt.getTime() + minutes * 60_000).toISOString();
    // A Salesforce export: one deal whose whole history is old, one moved in Salesforce just after the standup.
    const owner: SamplePerson = { id: '005000000000AnA', firstName: 'Ana', lastName: 'Rep', email: ana.email, team: 'Enterprise', office: 'New York', startDate: '2024-01-01', isActive: true };
    const encoder = new TextEncoder();
    const deals = salesforceOpportunities([
      { id: '006000000000001', title: 'Old win', account: 'Hooli', stage: 'Closed Won', amount: 900, currency: 'USD', closeDate: '2025-03-14', createdAt: '2025-01-10T15:00:00.000Z', outcome: 'WON', owner },
      { id: '006000000000002', title: 'Fresh move', account: 'Umbrella', stage: 'Negotiation/Review', amount: 400, currency: 'USD', closeDate: '2027-01-20', createdAt: '2025-06-02T15:00:00.000Z', outcome: null, owner },
    ]);
    const history = salesforceOpportunityHistory([
      { dealId: '006000000000001', at: '2025-01-10T15:00:00.000Z', stage: 'Prospecting', amount: 900 },
      { dealId: '006000000000001', at: '2025-02-03T15:00:00.000Z', stage: 'Negotiation/Review', amount: 900 },
      { dealId: '006000000000002', at: '2025-06-02T15:00:00.000Z', stage: 'Prospecting', amount: 400 },
      { dealId: '006000000000002', at: at(2), stage: 'Negotiation/Review', amount: 400 },
    ]);
    const imported = await commitImport({
      actor: { id: admin.id, name: admin.name, email: admin.email, role: admin.role, teamId: null, ledTeamIds: [], managedTeamIds: [] },
      files: { deals: fileFromBytes('Opportunity.csv', encoder.encode(deals)), history: fileFromBytes('OpportunityHistory.csv', encoder.encode(history)) },
      input: { owners: { [owner.id]: { personId: ana.id } } },
      now: new Date(at(3)),
    });
    expect(imported.run.counts.deals.create).toBe(2);
    // Ana moves a card on the board after the import: a higher sequence, an earlier time than the imported move.
    const moved = await call(ana, moveRoute.POST, { params: { dealId: anaDeal.id }, body: { version: 1, stage: 'TODO' } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const standup = await call(lead, standupRoute.GET, { params: sprintParams() });
    const anaRow = standup.body.reps.find((rep: { userId: string }) => rep.userId === ana.id);
    const fresh = await database().prisma.deal.findFirstOrThrow({ where: { title: 'Fresh move' } });
    expect(anaRow.moved.map((change: { dealId: string; type: string; actorName: string }) => [change.dealId, change.type, change.actorName])).toEqual([
      [anaDeal.id, 'MOVED', 'Ana Rep'],
      [fresh.id, 'MOVED', 'The CRM import'],
    ]);
  });

  it('flags deals stuck in their column for the team threshold', async () => {
    const prisma = database().prisma;
    await prisma.deal.update({ where: { id: benDeal.id }, data: { stageChangedAt: new Date(Date.now() - 20 * 86_400_000) } });
    const standup = await call(lead, standupRoute.GET, { params: sprintParams() });
    const benRow = standup.body.reps.find((rep: { userId: string }) => rep.userId === ben.id);
    expect(benRow.stuck.map((deal: { id: string }) => deal.id)).toEqual([benDeal.id]);
    expect(standup.body.staleAfterDays).toBe(14);
  });

  it("lets only the team's lead, manager or an admin finish the standup and note blockers", async () => {
    expect((await call(ana, standupRoute.GET, { params: sprintParams() })).status).toBe(200);
    const byRep = await call(ana, standupRoute.POST, { params: sprintParams() });
    expect(byRep.status).toBe(403);
    expect(byRep.body.error.message).toMatch(/lead, its manager or an admin/);
    expect((await call(otherLead, standupRoute.POST, { params: sprintParams() })).status).toBe(403);
    expect((await call(otherLead, blockersRoute.POST, { params: sprintParams(), body: { repId: ana.id, text: 'Legal review' } })).status).toBe(403);
    expect(await database().prisma.standup.count()).toBe(0);

    const blocker = await call(lead, blockersRoute.POST, { params: sprintParams(), body: { repId: ana.id, text: 'Waiting on legal review' } });
    expect(blocker.status).toBe(201);
    const standup = await call(lead, standupRoute.GET, { params: sprintParams() });
    expect(standup.body.reps.find((rep: { userId: string }) => rep.userId === ana.id).blockers).toEqual([expect.objectContaining({ text: 'Waiting on legal review' })]);
    expect((await call(ana, blockerRoute.PATCH, { method: 'PATCH', params: { blockerId: blocker.body.blocker.id }, body: { resolved: true } })).status).toBe(403);
    const resolved = await call(lead, blockerRoute.PATCH, { method: 'PATCH', params: { blockerId: blocker.body.blocker.id }, body: { resolved: true } });
    expect(resolved.body.blocker.resolvedAt).not.toBeNull();
    expect((await call(lead, blockersRoute.POST, { params: sprintParams(), body: { repId: outsider.id, text: 'x' } })).status).toBe(422);
  });
});

describe('retrospectives', () => {
  it('lists the won and lost deals of the sprint with their history, and keeps notes and action items', async () => {
    await call(ana, closeRoute.POST, { params: { dealId: anaDeal.id }, body: { version: 1, outcome: 'WON' } });
    await call(ben, closeRoute.POST, { params: { dealId: benDeal.id }, body: { version: 1, outcome: 'LOST' } });
    const retro = await call(lead, retroRoute.GET, { params: sprintParams() });
    expect(retro.status).toBe(200);
    expect(retro.body.won.map((entry: { deal: { id: string } }) => entry.deal.id)).toEqual([anaDeal.id]);
    expect(retro.body.lost.map((entry: { deal: { id: string } }) => entry.deal.id)).toEqual([benDeal.id]);
    expect(retro.body.won[0].history.at(-1).type).toBe('CLOSED');

    const note = await call(lead, notesRoute.POST, {
      params: sprintParams(),
      body: { kind: 'WENT_WELL', text: 'Multi-threading with the CFO early', dealId: anaDeal.id, tags: ['Multi-Threading', 'cfo'] },
    });
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    expect(note.body.note).toMatchObject({ tags: ['multi-threading', 'cfo'], dealAccount: 'Globex', teamName: 'Enterprise' });
    const repNote = await call(ben, notesRoute.POST, { params: sprintParams(), body: { kind: 'TO_IMPROVE', text: 'Qualify budget before the demo' } });
    expect(repNote.status).toBe(201);

    const item = await call(lead, actionItemsRoute.POST, { params: sprintParams(), body: { title: 'Share the CFO deck', ownerId: ana.id, dueOn: '2099-01-01' } });
    expect(item.status).toBe(201);
    const again = await call(lead, retroRoute.GET, { params: sprintParams() });
    expect(again.body.notes.map((entry: { text: string }) => entry.text)).toEqual(['Multi-threading with the CFO early', 'Qualify budget before the demo']);
    expect(again.body.actionItems.map((entry: { title: string }) => entry.title)).toEqual(['Share the CFO deck']);
  });

  it("keeps a lead out of another team's retrospective", async () => {
    const note = await call(otherLead, notesRoute.POST, { params: sprintParams(), body: { kind: 'WENT_WELL', text: 'Sneaky' } });
    expect(note.status).toBe(403);
    const item = await call(otherLead, actionItemsRoute.POST, { params: sprintParams(), body: { title: 'x', ownerId: ana.id, dueOn: '2099-01-01' } });
    expect(item.status).toBe(403);
    expect((await call(otherLead, retroRoute.GET, { params: sprintParams() })).status).toBe(403);
    const byRep = await call(ana, actionItemsRoute.POST, { params: sprintParams(), body: { title: 'x', ownerId: ana.id, dueOn: '2099-01-01' } });
    expect(byRep.status).toBe(403);
    expect(await database().prisma.retroNote.count()).toBe(0);
    expect(await database().prisma.actionItem.count()).toBe(0);
  });

  it('shows an open action item at the standups until its owner ticks it off', async () => {
    const item = await call(lead, actionItemsRoute.POST, { params: sprintParams(), body: { title: 'Call the Globex champion', ownerId: ana.id, dueOn: '2000-01-03' } });
    const standup = await call(lead, standupRoute.GET, { params: sprintParams() });
    expect(standup.body.actionItems).toEqual([expect.objectContaining({ title: 'Call the Globex champion', ownerName: 'Ana Rep', isOverdue: true })]);
    expect(standup.body.reps.find((rep: { userId: string }) => rep.userId === ana.id).actionItems).toHaveLength(1);
    expect((await call(ben, actionItemRoute.PATCH, { method: 'PATCH', params: { itemId: item.body.actionItem.id }, body: { done: true } })).status).toBe(403);
    expect((await call(ana, actionItemRoute.PATCH, { method: 'PATCH', params: { itemId: item.body.actionItem.id }, body: { title: 'Renamed' } })).status).toBe(403);
    const done = await call(ana, actionItemRoute.PATCH, { method: 'PATCH', params: { itemId: item.body.actionItem.id }, body: { done: true } });
    expect(done.status).toBe(200);
    expect((await call(lead, standupRoute.GET, { params: sprintParams() })).body.actionItems).toEqual([]);
  });

  it('lets an author or the lead change a note, and nobody else', async () => {
    const note = await call(ben, notesRoute.POST, { params: sprintParams(), body: { kind: 'TO_IMPROVE', text: 'Too many demos', tags: ['demo'] } });
    const noteId = note.body.note.id;
    expect((await call(ana, noteRoute.PATCH, { method: 'PATCH', params: { noteId }, body: { text: 'x' } })).status).toBe(403);
    const edited = await call(ben, noteRoute.PATCH, { method: 'PATCH', params: { noteId }, body: { kind: 'WENT_WELL', tags: ['demo', 'discovery'] } });
    expect(edited.body.note).toMatchObject({ kind: 'WENT_WELL', tags: ['demo', 'discovery'], text: 'Too many demos' });
    expect((await call(lead, noteRoute.DELETE, { method: 'DELETE', params: { noteId } })).status).toBe(200);
    expect(await database().prisma.retroNote.count()).toBe(0);
  });
});

describe('notes search', () => {
  it('finds notes from every team by words and tags, with the tags in use', async () => {
    await call(lead, notesRoute.POST, { params: sprintParams(), body: { kind: 'WENT_WELL', text: 'Reference calls close deals', tags: ['references'] } });
    await call(otherLead, notesRoute.POST, { params: { teamId: otherTeam.id, sprintId }, body: { kind: 'WENT_WELL', text: 'Reference customers on the first call', tags: ['references', 'first-call'] } });
    await call(lead, notesRoute.POST, { params: sprintParams(), body: { kind: 'TO_IMPROVE', text: 'Pricing confusion', tags: ['pricing'] } });

    const byWord = await call(outsider, noteSearchRoute.GET, { query: '?q=reference' });
    expect(byWord.status).toBe(200);
    expect(byWord.body.notes.map((note: { teamName: string }) => note.teamName).sort()).toEqual(['Enterprise', 'Mid-market']);
    const byTag = await call(ana, noteSearchRoute.GET, { query: '?tag=first-call' });
    expect(byTag.body.notes.map((note: { text: string }) => note.text)).toEqual(['Reference customers on the first call']);
    expect(byWord.body.tags[0]).toEqual({ tag: 'references', count: 2 });
    expect((await call(ana, noteSearchRoute.GET, { query: '?tag=Not%20a%20tag!' })).status).toBe(400);
  });

  it('treats tags that differ only by case or dashes as one tag: saved under the spelling in use, found by either', async () => {
    // Spelt without the dash before the normalisation existed (written straight to the table).
    const prisma = database().prisma;
    await prisma.retroNote.create({ data: { teamId: team.id, sprintId, kind: 'WENT_WELL', text: 'Several contacts at Initech', tags: ['multithreading'], authorId: lead.id } });
    const added = await call(lead, notesRoute.POST, { params: sprintParams(), body: { kind: 'WENT_WELL', text: 'Reached the CFO too', tags: ['Multi-Threading', 'MULTITHREADING'] } });
    expect(added.status).toBe(201);
    expect(added.body.note.tags).toEqual(['multithreading']);
    const found = await call(lead, noteSearchRoute.GET, { query: '?tag=multi-threading' });
    expect(found.body.notes.map((note: { text: string }) => note.text).sort()).toEqual(['Reached the CFO too', 'Several contacts at Initech']);
    const tags = found.body.tags as { tag: string; count: number }[];
    expect(tags.filter((entry) => entry.tag.replace(/-/g, '') === 'multithreading')).toEqual([{ tag: 'multithreading', count: 2 }]);
  });
});

describe('forecast accuracy', () => {
  it('sets each sprint-end forecast of a closed month against what was won', async () => {
    const prisma = database().prisma;
    const current = monthStartInZone(new Date(), zone);
    const lastMonth = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 1, 1));
    const windows = sprintsOfMonth(lastMonth, zone);
    const list = await call(lead, sprintsRoute.GET, { params: { teamId: team.id }, query: `?month=${monthKey(lastMonth)}` });
    const firstSprintId = list.body.sprints[0].id;
    const at = (offsetMs: number) => new Date(windows[0]!.startsAt.getTime() + offsetMs);
    await prisma.forecast.createMany({
      data: [
        { sprintId: firstSprintId, userId: ana.id, teamId: team.id, month: lastMonth, commitMinor: 10_000_00, bestCaseMinor: 12_000_00, currency: 'USD', createdAt: at(3_600_000) },
        { sprintId: firstSprintId, userId: ben.id, teamId: team.id, month: lastMonth, commitMinor: 4_000_00, bestCaseMinor: 6_000_00, currency: 'USD', createdAt: at(7_200_000) },
      ],
    });
    await createDeal(prisma, { ownerId: ana.id, teamId: team.id, stage: 'COMPLETED', outcome: 'WON', amountMinor: 9_000_00, closedAmountMinor: 9_000_00, closedAt: windows[1]!.startsAt });

    const accuracy = await call(lead, accuracyRoute.GET, { params: { teamId: team.id } });
    expect(accuracy.status, JSON.stringify(accuracy.body)).toBe(200);
    expect(accuracy.body.month).toBe(monthKey(lastMonth));
    expect(accuracy.body.rows).toHaveLength(windows.length);
    expect(accuracy.body.rows[0]).toMatchObject({
      sprintNumber: 1,
      weeksAhead: windows.length - 1,
      team: { commitMinor: 14_000_00, bestCaseMinor: 18_000_00, actualMinor: 9_000_00 },
    });
    expect(accuracy.body.rows[0].team.actualToCommitPercent).toBeCloseTo((9_000 / 14_000) * 100, 6);
    expect(accuracy.body.rows[0].reps.find((rep: { userId: string }) => rep.userId === ana.id).actualToCommitPercent).toBeCloseTo(90, 6);

    const unfinished = await call(lead, accuracyRoute.GET, { params: { teamId: team.id }, query: `?month=${monthKey(current)}` });
    expect(unfinished.status).toBe(422);
    expect(unfinished.body.error.message).toMatch(/has not closed yet/);
  });
});

describe('the demo organisation', () => {
  it('comes with forecasts, commitments and retrospectives to look back on', async () => {
    const prisma = database().prisma;
    await seedDemoData(prisma, { force: true });
    const demoLead = await prisma.user.findUniqueOrThrow({ where: { email: 'lead@cadence.demo' } });
    const leadRecord = { ...demoLead, role: 'LEAD' } as unknown as UserRecord;
    const accuracy = await call(leadRecord, accuracyRoute.GET, { params: { teamId: demoLead.teamId! } });
    expect(accuracy.status, JSON.stringify(accuracy.body)).toBe(200);
    expect(accuracy.body.rows.every((row: { team: unknown }) => row.team !== null)).toBe(true);
    const history = await call(leadRecord, historyRoute.GET, { params: { teamId: demoLead.teamId! } });
    expect(history.body.rows.some((row: { commitmentsMet: number }) => row.commitmentsMet > 0)).toBe(true);
    expect(history.body.rows.some((row: { commitmentsMissed: number }) => row.commitmentsMissed > 0)).toBe(true);
    const notes = await call(leadRecord, noteSearchRoute.GET);
    expect(notes.body.notes.length).toBeGreaterThan(10);
  }, 120_000); // seeds the whole demo organisation
});
