import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createGoal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { setWallPublisher } from '@/realtime/registry';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { previousMonthKey } from '@/domain/admin/goal-grid';
import * as officesRoute from '@/app/api/admin/offices/route';
import * as officeRoute from '@/app/api/admin/offices/[officeId]/route';
import * as holidaysRoute from '@/app/api/admin/offices/[officeId]/holidays/route';
import * as holidayRoute from '@/app/api/admin/offices/[officeId]/holidays/[holidayId]/route';
import * as holidayImportRoute from '@/app/api/admin/offices/[officeId]/holidays/import/route';
import * as teamsRoute from '@/app/api/admin/teams/route';
import * as teamRoute from '@/app/api/admin/teams/[teamId]/route';
import * as goalsRoute from '@/app/api/admin/goals/route';
import * as ratesRoute from '@/app/api/admin/exchange-rates/route';
import * as auditRoute from '@/app/api/admin/audit/route';

// Offices, holidays, teams, monthly goals, exchange rates and the audit log, through the API.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(user: UserRecord, handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string } = {}) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: { cookie, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

let admin: UserRecord;
let officeId: string;
const markDirty = vi.fn();

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  officeId = (await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' })).id;
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  markDirty.mockClear();
  setWallPublisher({ markDirty });
});

afterEach(() => setWallPublisher(undefined));

describe('offices', () => {
  it('creates and updates an office, auditing before and after, and refreshes walls', async () => {
    const created = await call(admin, officesRoute.POST, { body: { name: 'London', timeZone: 'Europe/London', locale: 'en-gb', currency: 'gbp' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.office).toMatchObject({ name: 'London', locale: 'en-GB', currency: 'GBP', businessDayStart: 540, businessDayEnd: 1020 });
    const updated = await call(admin, officeRoute.PATCH, { method: 'PATCH', params: { officeId: created.body.office.id }, body: { businessDayStart: 480 } });
    expect(updated.status).toBe(200);
    expect(updated.body.office.businessDayStart).toBe(480);
    expect(markDirty).toHaveBeenCalled();
    const audit = await database().prisma.auditEntry.findFirstOrThrow({ where: { action: 'office.update' } });
    expect(audit).toMatchObject({ actorId: admin.id, objectType: 'Office', objectId: created.body.office.id });
    expect(audit.before).toMatchObject({ businessDayStart: 540 });
    expect(audit.after).toMatchObject({ businessDayStart: 480 });
  });

  it('names each invalid field and writes nothing', async () => {
    const result = await call(admin, officesRoute.POST, {
      body: { name: '', timeZone: 'Mars/Olympus', locale: 'not a locale', currency: 'ZZZ', businessDayStart: 1000, businessDayEnd: 900 },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['currency', 'locale', 'name', 'timeZone']);
    const hours = await call(admin, officeRoute.PATCH, { method: 'PATCH', params: { officeId }, body: { businessDayStart: 1080 } });
    expect(hours.status).toBe(422);
    expect(hours.body.error.message).toMatch(/end after it starts/);
    const duplicate = await call(admin, officesRoute.POST, { body: { name: 'New York', timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' } });
    expect(duplicate.status).toBe(409);
    expect(await database().prisma.office.count()).toBe(1);
    expect(await database().prisma.auditEntry.count()).toBe(0);
  });
});

describe('holidays', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'DTSTART;VALUE=DATE:20261225',
    'SUMMARY:Christmas Day',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'DTSTART:20261226',
    'SUMMARY:Boxing Day',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

  it('adds and removes one by one, refusing a second holiday on one day', async () => {
    const added = await call(admin, holidaysRoute.POST, { params: { officeId }, body: { date: '2026-07-03', name: 'Independence Day (observed)' } });
    expect(added.status).toBe(201);
    const twice = await call(admin, holidaysRoute.POST, { params: { officeId }, body: { date: '2026-07-03', name: 'Again' } });
    expect(twice.status).toBe(409);
    const list = await call(admin, holidaysRoute.GET, { params: { officeId } });
    expect(list.body.holidays).toEqual([{ id: added.body.holiday.id, officeId, date: '2026-07-03', name: 'Independence Day (observed)' }]);
    const removed = await call(admin, holidayRoute.DELETE, { method: 'DELETE', params: { officeId, holidayId: added.body.holiday.id } });
    expect(removed.status).toBe(200);
    expect(await database().prisma.holiday.count()).toBe(0);
    expect((await database().prisma.auditEntry.findMany({ orderBy: { occurredAt: 'asc' } })).map((entry) => entry.action)).toEqual(['holiday.create', 'holiday.delete']);
  });

  it('imports an .ics file, skipping dates it already has', async () => {
    await database().prisma.holiday.create({ data: { officeId, date: new Date('2026-12-25T00:00:00Z'), name: 'Christmas' } });
    const result = await call(admin, holidayImportRoute.POST, { params: { officeId }, body: { format: 'ics', content: ics } });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toEqual({ added: 1, skipped: 1, errors: [] });
    const dates = (await database().prisma.holiday.findMany({ orderBy: { date: 'asc' } })).map((holiday) => [holiday.date.toISOString().slice(0, 10), holiday.name]);
    expect(dates).toEqual([
      ['2026-12-25', 'Christmas'],
      ['2026-12-26', 'Boxing Day'],
    ]);
    expect(markDirty).toHaveBeenCalled();
  });

  it('imports CSV with or without a header', async () => {
    const withHeader = await call(admin, holidayImportRoute.POST, { params: { officeId }, body: { format: 'csv', content: 'date,name\n2027-01-01,New Year’s Day\n2027-01-18,"Martin Luther King, Jr. Day"\n' } });
    expect(withHeader.body).toEqual({ added: 2, skipped: 0, errors: [] });
    const without = await call(admin, holidayImportRoute.POST, { params: { officeId }, body: { format: 'csv', content: '2027-01-01,New Year’s Day\n2027-05-31,Memorial Day' } });
    expect(without.body).toEqual({ added: 1, skipped: 1, errors: [] });
    expect(await database().prisma.holiday.count()).toBe(3);
  });

  it('writes nothing when any line is invalid, and says which', async () => {
    const csv = await call(admin, holidayImportRoute.POST, { params: { officeId }, body: { format: 'csv', content: '2027-01-01,New Year\n2027-13-01,Nonsense\n2027-02-01,' } });
    expect(csv.status).toBe(422);
    expect(csv.body.error.message).toBe('Nothing was imported: 2 lines could not be read.');
    expect(csv.body.details).toEqual({
      added: 0,
      skipped: 0,
      errors: [
        { line: 2, message: '2027-13-01 is not a date that exists.' },
        { line: 3, message: 'The holiday has no name.' },
      ],
    });
    const broken = ics.replace('DTSTART:20261226', 'DTSTART:2026-12-26');
    const icsResult = await call(admin, holidayImportRoute.POST, { params: { officeId }, body: { format: 'ics', content: broken } });
    expect(icsResult.status).toBe(422);
    expect(icsResult.body.details.errors).toEqual([{ line: 8, message: '"2026-12-26" is not a date like 20261225.' }]);
    expect(await database().prisma.holiday.count()).toBe(0);
    expect(await database().prisma.auditEntry.count()).toBe(0);
  });
});

describe('teams', () => {
  it('creates and updates a team; the lead must be an active LEAD and the manager a MANAGER', async () => {
    const prisma = database().prisma;
    const lead = await createUser(prisma, { role: 'LEAD', teamId: null, name: 'Lee Lead' });
    const rep = await createUser(prisma, { role: 'REP', teamId: null, name: 'Rae Rep' });
    const manager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Mo Manager' });
    const created = await call(admin, teamsRoute.POST, { body: { officeId, name: 'Enterprise', colour: '#2563EB', leadId: lead.id, managerId: manager.id } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.team).toMatchObject({ colour: '#2563eb', leadName: 'Lee Lead', managerName: 'Mo Manager', staleAfterDays: 14, weightTodo: 300 });
    const teamId = created.body.team.id;

    const notALead = await call(admin, teamRoute.PATCH, { method: 'PATCH', params: { teamId }, body: { leadId: rep.id } });
    expect(notALead.status).toBe(422);
    expect(notALead.body.error.message).toMatch(/Rae Rep is not a LEAD/);
    const notAManager = await call(admin, teamRoute.PATCH, { method: 'PATCH', params: { teamId }, body: { managerId: lead.id } });
    expect(notAManager.status).toBe(422);
    const invalid = await call(admin, teamRoute.PATCH, { method: 'PATCH', params: { teamId }, body: { staleAfterDays: 0, weightTodo: 1001, colour: 'blue' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['colour', 'staleAfterDays', 'weightTodo']);

    const updated = await call(admin, teamRoute.PATCH, { method: 'PATCH', params: { teamId }, body: { staleAfterDays: 30, weightInProgress: 900, leadId: null } });
    expect(updated.status).toBe(200);
    expect(updated.body.team).toMatchObject({ staleAfterDays: 30, weightInProgress: 900, leadId: null });
    expect(markDirty).toHaveBeenCalled();
    expect((await prisma.auditEntry.findMany()).map((entry) => entry.action).sort()).toEqual(['team.create', 'team.update']);
  });
});

describe('monthly goals', () => {
  let lead: UserRecord;
  let rep: UserRecord;
  let teamId: string;
  let current: string;
  let past: string;

  beforeEach(async () => {
    const prisma = database().prisma;
    teamId = (await createTeam(prisma, { officeId, name: 'Alpha' })).id;
    lead = await createUser(prisma, { role: 'LEAD', teamId, name: 'Lee Lead' });
    rep = await createUser(prisma, { role: 'REP', teamId, name: 'Rae Rep' });
    await prisma.team.update({ where: { id: teamId }, data: { leadId: lead.id } });
    current = monthKey(monthStartInZone(new Date(), 'America/New_York'));
    past = previousMonthKey(current);
  });

  it('shows a grid of people by month with the office currency', async () => {
    const prisma = database().prisma;
    await createGoal(prisma, { userId: rep.id, teamId, month: new Date(`${current}-01T00:00:00Z`), amountMinor: 2_500_000 });
    const grid = await call(lead, goalsRoute.GET, { query: `?teamId=${teamId}&from=${past}&to=${current}` });
    expect(grid.status, JSON.stringify(grid.body)).toBe(200);
    expect(grid.body).toMatchObject({ months: [past, current], currency: 'USD', locale: 'en-US', currentMonth: current });
    expect(grid.body.rows).toEqual([
      { userId: lead.id, name: 'Lee Lead', teamId, cells: { [past]: null, [current]: null } },
      { userId: rep.id, name: 'Rae Rep', teamId, cells: { [past]: null, [current]: 2_500_000 } },
    ]);
    const bad = await call(lead, goalsRoute.GET, { query: `?teamId=${teamId}&from=2026-13&to=2026-01` });
    expect(bad.status).toBe(400);
  });

  it('gives the company figures outside the grid, in the reporting currency, to anyone who may open it', async () => {
    const prisma = database().prisma;
    const next = monthKey(new Date(Date.UTC(Number(current.slice(0, 4)), Number(current.slice(5, 7)), 1)));
    const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);
    // Another team of this office, and a Berlin team working in euros.
    const betaId = (await createTeam(prisma, { officeId, name: 'Beta' })).id;
    const betaRep = await createUser(prisma, { role: 'REP', teamId: betaId, name: 'Bea Beta' });
    const berlinId = (await createOffice(prisma, { name: 'Berlin', currency: 'EUR', timeZone: 'Europe/Berlin', locale: 'de-DE' })).id;
    const berlinTeamId = (await createTeam(prisma, { officeId: berlinId, name: 'Gamma' })).id;
    const berlinRep = await createUser(prisma, { role: 'REP', teamId: berlinTeamId, name: 'Gus Gamma' });
    await createGoal(prisma, { userId: rep.id, teamId, month: monthStart(current), amountMinor: 2_500_000 });
    await createGoal(prisma, { userId: betaRep.id, teamId: betaId, month: monthStart(current), amountMinor: 1_000_000 });
    await createGoal(prisma, { userId: berlinRep.id, teamId: berlinTeamId, month: monthStart(past), amountMinor: 500_000, currency: 'EUR' });
    await createGoal(prisma, { userId: berlinRep.id, teamId: berlinTeamId, month: monthStart(current), amountMinor: 2_000_000, currency: 'EUR' });
    await createGoal(prisma, { userId: berlinRep.id, teamId: berlinTeamId, month: monthStart(next), amountMinor: 1_000_000, currency: 'EUR' });
    // A euro rate for the current month only: the next month uses it too, the past month has none.
    await prisma.exchangeRate.create({ data: { month: monthStart(current), currency: 'EUR', rateToReporting: '1.1' } });
    const query = `from=${past}&to=${next}`;

    const team = await call(lead, goalsRoute.GET, { query: `?teamId=${teamId}&${query}` });
    expect(team.status, JSON.stringify(team.body)).toBe(200);
    expect(team.body.company).toEqual({
      currency: 'USD',
      locale: 'en-US',
      months: {
        [past]: { otherMinor: null, rateToReporting: 1 },
        [current]: { otherMinor: 1_000_000 + 2_200_000, rateToReporting: 1 },
        [next]: { otherMinor: 1_100_000, rateToReporting: 1 },
      },
    });

    const office = await call(admin, goalsRoute.GET, { query: `?officeId=${officeId}&${query}` });
    expect(office.body.company.months[current]).toEqual({ otherMinor: 2_200_000, rateToReporting: 1 });

    const berlin = await call(admin, goalsRoute.GET, { query: `?officeId=${berlinId}&${query}` });
    expect(berlin.body.company.months).toEqual({
      [past]: { otherMinor: 0, rateToReporting: null },
      [current]: { otherMinor: 3_500_000, rateToReporting: 1.1 },
      [next]: { otherMinor: 0, rateToReporting: 1.1 },
    });
  });

  it('sets current goals at once, and asks before changing a past month', async () => {
    const prisma = database().prisma;
    const set = await call(lead, goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: rep.id, month: current, amountMinor: 3_000_000 }] } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ updated: 1, pastMonths: [] });
    expect(markDirty).toHaveBeenCalled();

    const changes = [
      { userId: rep.id, month: past, amountMinor: 1_000_000 },
      { userId: lead.id, month: current, amountMinor: 500_000 },
    ];
    const unconfirmed = await call(lead, goalsRoute.PUT, { method: 'PUT', body: { changes } });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.details).toEqual({ pastMonths: [past] });
    expect(unconfirmed.body.error.message).toMatch(/past months/);
    expect(await prisma.monthlyGoal.count()).toBe(1);

    const confirmed = await call(lead, goalsRoute.PUT, { method: 'PUT', body: { changes, confirmPastMonths: true } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ updated: 2, pastMonths: [past] });
    const pastGoal = await prisma.monthlyGoal.findFirstOrThrow({ where: { userId: rep.id, month: new Date(`${past}-01T00:00:00Z`) } });
    expect(pastGoal).toMatchObject({ amountMinor: 1_000_000, currency: 'USD', teamId });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { objectId: pastGoal.id } });
    expect(audit).toMatchObject({ action: 'goal.create', actorId: lead.id, objectType: 'MonthlyGoal' });
    expect(audit.after).toMatchObject({ month: past, amountMinor: 1_000_000, pastMonthConfirmed: true });
    expect(audit.occurredAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const cleared = await call(lead, goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: rep.id, month: current, amountMinor: null }] } });
    expect(cleared.body.updated).toBe(1);
    expect(await prisma.monthlyGoal.count({ where: { userId: rep.id } })).toBe(1);
    expect((await prisma.auditEntry.findMany({ where: { action: 'goal.delete' } })).length).toBe(1);
  });

  it('refuses fractional and negative amounts, naming the change', async () => {
    const result = await call(lead, goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: rep.id, month: current, amountMinor: 10.5 }, { userId: rep.id, month: 'soon', amountMinor: -1 }] } });
    expect(result.status).toBe(400);
    expect(result.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['changes.0.amountMinor', 'changes.1.amountMinor', 'changes.1.month']);
  });
});

describe('exchange rates', () => {
  it('records rates against the reporting currency and shows them by month', async () => {
    const prisma = database().prisma;
    await createOffice(prisma, { name: 'Berlin', currency: 'EUR', timeZone: 'Europe/Berlin', locale: 'de-DE' });
    const put = await call(admin, ratesRoute.PUT, {
      method: 'PUT',
      body: { rates: [{ month: '2026-01', currency: 'EUR', rateToReporting: 1.0825 }, { month: '2026-02', currency: 'gbp', rateToReporting: 1.27 }] },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ updated: 2 });
    const table = await call(admin, ratesRoute.GET, { query: '?from=2026-01&to=2026-02' });
    expect(table.body).toEqual({
      reportingCurrency: 'USD',
      months: ['2026-01', '2026-02'],
      rows: [
        { currency: 'EUR', cells: { '2026-01': 1.0825, '2026-02': null } },
        { currency: 'GBP', cells: { '2026-01': null, '2026-02': 1.27 } },
      ],
    });
    const zero = await call(admin, ratesRoute.PUT, { method: 'PUT', body: { rates: [{ month: '2026-01', currency: 'EUR', rateToReporting: 0 }] } });
    expect(zero.status).toBe(400);
    expect(zero.body.error.issues[0].path).toBe('rates.0.rateToReporting');
    const reporting = await call(admin, ratesRoute.PUT, { method: 'PUT', body: { rates: [{ month: '2026-01', currency: 'USD', rateToReporting: 2 }] } });
    expect(reporting.status).toBe(422);
    expect((await prisma.auditEntry.findMany()).map((entry) => entry.action)).toEqual(['exchange-rate.update', 'exchange-rate.update']);
  });
});

describe('the audit log', () => {
  it('lists entries newest first, filtered, a page at a time', async () => {
    for (const name of ['One', 'Two', 'Three']) {
      const result = await call(admin, teamsRoute.POST, { body: { officeId, name, colour: '#000000' } });
      expect(result.status).toBe(201);
    }
    await call(admin, officeRoute.PATCH, { method: 'PATCH', params: { officeId }, body: { locale: 'en-GB' } });
    const teamsOnly = await call(admin, auditRoute.GET, { query: '?objectType=Team&limit=2' });
    expect(teamsOnly.status).toBe(200);
    expect(teamsOnly.body.entries.map((entry: { after: { name: string } }) => entry.after.name)).toEqual(['Three', 'Two']);
    expect(teamsOnly.body.entries[0]).toMatchObject({ action: 'team.create', actorId: admin.id, actorName: 'Ada Admin' });
    const next = await call(admin, auditRoute.GET, { query: `?objectType=Team&limit=2&before=${teamsOnly.body.nextBefore}` });
    expect(next.body.entries.map((entry: { after: { name: string } }) => entry.after.name)).toEqual(['One']);
    expect(next.body.nextBefore).toBeNull();
    const office = await call(admin, auditRoute.GET, { query: `?objectId=${officeId}&actorId=${admin.id}` });
    expect(office.body.entries.map((entry: { action: string }) => entry.action)).toEqual(['office.update']);
  });
});
