import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createGoal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { hashPassword } from '@/server/auth/password';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import * as officesRoute from '@/app/api/admin/offices/route';
import * as officeRoute from '@/app/api/admin/offices/[officeId]/route';
import * as holidaysRoute from '@/app/api/admin/offices/[officeId]/holidays/route';
import * as holidayRoute from '@/app/api/admin/offices/[officeId]/holidays/[holidayId]/route';
import * as holidayImportRoute from '@/app/api/admin/offices/[officeId]/holidays/import/route';
import * as teamsRoute from '@/app/api/admin/teams/route';
import * as teamRoute from '@/app/api/admin/teams/[teamId]/route';
import * as peopleRoute from '@/app/api/admin/people/route';
import * as personRoute from '@/app/api/admin/people/[userId]/route';
import * as deactivateRoute from '@/app/api/admin/people/[userId]/deactivate/route';
import * as passwordResetRoute from '@/app/api/admin/people/[userId]/password-reset/route';
import * as goalsRoute from '@/app/api/admin/goals/route';
import * as ratesRoute from '@/app/api/admin/exchange-rates/route';
import * as auditRoute from '@/app/api/admin/audit/route';
import * as timeZonesRoute from '@/app/api/admin/time-zones/route';
import * as profileRoute from '@/app/api/me/profile/route';
import * as myPasswordRoute from '@/app/api/me/password/route';

// Item 7 of the administration issue, through the API: every kind of operation, as
// every role, allowed or refused with 403 and a reason, and nothing written on refusal.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const password = 'correct horse battery';
let passwordHash: string;

type Role = 'rep' | 'lead' | 'manager' | 'admin';
type World = {
  people: Record<Role | 'managedRep' | 'outsider', UserRecord>;
  officeId: string;
  /** Led by the lead, managed by the manager; the rep's team. */
  teamA: string;
  /** Also managed by the manager. */
  teamB: string;
  /** Nobody's but the admin's. */
  teamC: string;
  holidayId: string;
  currentMonth: string;
};
let world: World;

async function seed(): Promise<World> {
  const prisma = database().prisma;
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD' });
  const teamA = await createTeam(prisma, { officeId: office.id, name: 'Alpha' });
  const teamB = await createTeam(prisma, { officeId: office.id, name: 'Bravo' });
  const teamC = await createTeam(prisma, { officeId: office.id, name: 'Charlie' });
  const make = (overrides: Partial<UserRecord>) => createUser(prisma, { passwordHash, ...overrides });
  const people = {
    rep: await make({ role: 'REP', teamId: teamA.id, name: 'Rae Rep' }),
    lead: await make({ role: 'LEAD', teamId: teamA.id, name: 'Lee Lead' }),
    manager: await make({ role: 'MANAGER', teamId: null, name: 'Mo Manager' }),
    admin: await make({ role: 'ADMIN', teamId: null, name: 'Ada Admin' }),
    managedRep: await make({ role: 'REP', teamId: teamB.id, name: 'Bea Bravo' }),
    outsider: await make({ role: 'REP', teamId: teamC.id, name: 'Otto Outsider' }),
  };
  await prisma.team.update({ where: { id: teamA.id }, data: { leadId: people.lead.id, managerId: people.manager.id } });
  await prisma.team.update({ where: { id: teamB.id }, data: { managerId: people.manager.id } });
  const holiday = await prisma.holiday.create({ data: { officeId: office.id, date: new Date('2026-12-25T00:00:00Z'), name: 'Christmas Day' } });
  const currentMonth = monthKey(monthStartInZone(new Date(), 'America/New_York'));
  await createGoal(prisma, { userId: people.rep.id, teamId: teamA.id, month: new Date(`${currentMonth}-01T00:00:00Z`), amountMinor: 1_000_000 });
  return { people, officeId: office.id, teamA: teamA.id, teamB: teamB.id, teamC: teamC.id, holidayId: holiday.id, currentMonth };
}

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

/** Every row an administrative change could touch, to prove a refusal wrote nothing. */
async function snapshotEverything(): Promise<string> {
  const prisma = database().prisma;
  const [offices, holidays, teams, users, goals, rates, tokens, audit, deals, events, apiTokens] = await Promise.all([
    prisma.office.findMany({ orderBy: { id: 'asc' } }),
    prisma.holiday.findMany({ orderBy: { id: 'asc' } }),
    prisma.team.findMany({ orderBy: { id: 'asc' } }),
    prisma.user.findMany({ orderBy: { id: 'asc' } }),
    prisma.monthlyGoal.findMany({ orderBy: { id: 'asc' } }),
    prisma.exchangeRate.findMany({ orderBy: { id: 'asc' } }),
    prisma.passwordToken.findMany({ orderBy: { id: 'asc' } }),
    prisma.auditEntry.count(),
    prisma.deal.findMany({ orderBy: { id: 'asc' } }),
    prisma.dealEvent.count(),
    prisma.apiToken.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ offices, holidays, teams, users, goals, rates, tokens, audit, deals, events, apiTokens });
}

type Operation = {
  name: string;
  /** True for a read: a refusal must still write nothing, an allowed read needs no audit row. */
  isRead?: boolean;
  run: (actor: UserRecord) => ReturnType<typeof call>;
  allowed: Role[];
  /** What the refusal says, per refused role. */
  refusal: Partial<Record<Role, RegExp>>;
};

const adminOnly = (subject: string): Partial<Record<Role, RegExp>> => ({
  rep: new RegExp(`Only admins can ${subject}`),
  lead: new RegExp(`Only admins can ${subject}`),
  manager: new RegExp(`Only admins can ${subject}`),
});
const goalRefusals = {
  rep: /Reps cannot set goals/,
  lead: /Leads can only set goals for the team they lead/,
  manager: /Managers can only set goals for the teams they manage/,
};
const peopleRefusals = { rep: /Only admins and managers can manage people/, lead: /Only admins and managers can manage people/ };

const operations: Operation[] = [
  // Organisation settings: admins only.
  { name: 'list offices', isRead: true, run: (actor) => call(actor, officesRoute.GET), allowed: ['admin'], refusal: adminOnly('manage offices') },
  {
    name: 'create an office',
    run: (actor) => call(actor, officesRoute.POST, { body: { name: 'London', timeZone: 'Europe/London', locale: 'en-GB', currency: 'GBP' } }),
    allowed: ['admin'],
    refusal: adminOnly('manage offices'),
  },
  {
    name: 'update an office',
    run: (actor) => call(actor, officeRoute.PATCH, { method: 'PATCH', params: { officeId: world.officeId }, body: { businessDayStart: 480 } }),
    allowed: ['admin'],
    refusal: adminOnly('manage offices'),
  },
  { name: 'list holidays', isRead: true, run: (actor) => call(actor, holidaysRoute.GET, { params: { officeId: world.officeId } }), allowed: ['admin'], refusal: adminOnly('manage holidays') },
  {
    name: 'add a holiday',
    run: (actor) => call(actor, holidaysRoute.POST, { params: { officeId: world.officeId }, body: { date: '2026-12-26', name: 'Boxing Day' } }),
    allowed: ['admin'],
    refusal: adminOnly('manage holidays'),
  },
  {
    name: 'remove a holiday',
    run: (actor) => call(actor, holidayRoute.DELETE, { method: 'DELETE', params: { officeId: world.officeId, holidayId: world.holidayId } }),
    allowed: ['admin'],
    refusal: adminOnly('manage holidays'),
  },
  {
    name: 'import holidays',
    run: (actor) => call(actor, holidayImportRoute.POST, { params: { officeId: world.officeId }, body: { format: 'csv', content: '2027-01-01,New Year' } }),
    allowed: ['admin'],
    refusal: adminOnly('manage holidays'),
  },
  {
    name: 'create a team',
    run: (actor) => call(actor, teamsRoute.POST, { body: { officeId: world.officeId, name: 'Delta', colour: '#112233' } }),
    allowed: ['admin'],
    refusal: adminOnly('manage teams'),
  },
  {
    name: 'update a team (even one they manage)',
    run: (actor) => call(actor, teamRoute.PATCH, { method: 'PATCH', params: { teamId: world.teamA }, body: { staleAfterDays: 30 } }),
    allowed: ['admin'],
    refusal: adminOnly('manage teams'),
  },
  { name: 'list teams', isRead: true, run: (actor) => call(actor, teamsRoute.GET), allowed: ['lead', 'manager', 'admin'], refusal: { rep: /Reps can only see their own settings/ } },
  {
    name: 'read exchange rates',
    isRead: true,
    run: (actor) => call(actor, ratesRoute.GET, { query: '?from=2026-01&to=2026-03' }),
    allowed: ['admin'],
    refusal: adminOnly('manage exchange rates'),
  },
  {
    name: 'set exchange rates',
    run: (actor) => call(actor, ratesRoute.PUT, { method: 'PUT', body: { rates: [{ month: '2026-01', currency: 'EUR', rateToReporting: 1.08 }] } }),
    allowed: ['admin'],
    refusal: adminOnly('manage exchange rates'),
  },
  { name: 'read the audit log', isRead: true, run: (actor) => call(actor, auditRoute.GET), allowed: ['admin'], refusal: adminOnly('read the audit log') },

  // Goals: admins all, managers their teams, leads the team they lead.
  {
    name: "read the goals of the lead's team",
    isRead: true,
    run: (actor) => call(actor, goalsRoute.GET, { query: `?teamId=${world.teamA}&from=${world.currentMonth}&to=${world.currentMonth}` }),
    allowed: ['lead', 'manager', 'admin'],
    refusal: goalRefusals,
  },
  {
    name: "set a goal in the lead's team",
    run: (actor) =>
      call(actor, goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: world.people.rep.id, month: world.currentMonth, amountMinor: 2_000_000 }] } }),
    allowed: ['lead', 'manager', 'admin'],
    refusal: goalRefusals,
  },
  {
    name: 'set a goal in another team the manager manages',
    run: (actor) =>
      call(actor, goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: world.people.managedRep.id, month: world.currentMonth, amountMinor: 500_000 }] } }),
    allowed: ['manager', 'admin'],
    refusal: goalRefusals,
  },
  {
    name: "set a goal in nobody's team",
    run: (actor) =>
      call(actor, goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: world.people.outsider.id, month: world.currentMonth, amountMinor: 500_000 }] } }),
    allowed: ['admin'],
    refusal: goalRefusals,
  },
  {
    name: 'read the goals of a whole office',
    isRead: true,
    run: (actor) => call(actor, goalsRoute.GET, { query: `?officeId=${world.officeId}&from=${world.currentMonth}&to=${world.currentMonth}` }),
    allowed: ['admin'],
    refusal: goalRefusals,
  },

  // People: admins all; managers reps and leads of the teams they manage.
  { name: 'list people', isRead: true, run: (actor) => call(actor, peopleRoute.GET), allowed: ['manager', 'admin'], refusal: peopleRefusals },
  {
    name: "list another team's people",
    isRead: true,
    run: (actor) => call(actor, peopleRoute.GET, { query: `?teamId=${world.teamC}` }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, manager: /Managers can only see the people of the teams they manage/ },
  },
  {
    name: 'invite a rep to a managed team',
    run: (actor) => call(actor, peopleRoute.POST, { body: { name: 'New Rep', email: 'new.rep@example.test', role: 'REP', teamId: world.teamA } }),
    allowed: ['manager', 'admin'],
    refusal: peopleRefusals,
  },
  {
    name: "invite a rep to nobody's team",
    run: (actor) => call(actor, peopleRoute.POST, { body: { name: 'New Rep', email: 'new.rep@example.test', role: 'REP', teamId: world.teamC } }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, manager: /Managers can only add people to the teams they manage/ },
  },
  {
    name: 'invite a manager',
    run: (actor) => call(actor, peopleRoute.POST, { body: { name: 'New Boss', email: 'new.boss@example.test', role: 'MANAGER' } }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, manager: /Managers can only give the role REP or LEAD/ },
  },
  {
    name: 'make a managed rep a lead',
    run: (actor) => call(actor, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.rep.id }, body: { role: 'LEAD' } }),
    allowed: ['manager', 'admin'],
    refusal: { ...peopleRefusals, rep: /You cannot change your own role/ },
  },
  {
    name: 'make a managed rep an admin',
    run: (actor) => call(actor, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.rep.id }, body: { role: 'ADMIN' } }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, rep: /You cannot change your own role/, manager: /Managers can only give the role REP or LEAD/ },
  },
  {
    name: 'move a rep between managed teams',
    run: (actor) => call(actor, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.rep.id }, body: { teamId: world.teamB } }),
    allowed: ['manager', 'admin'],
    refusal: peopleRefusals,
  },
  {
    name: "move a rep into nobody's team",
    run: (actor) => call(actor, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.rep.id }, body: { teamId: world.teamC } }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, manager: /Managers can only move people into the teams they manage/ },
  },
  {
    name: "rename someone in nobody's team",
    run: (actor) => call(actor, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.outsider.id }, body: { name: 'Otto O.' } }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, manager: /Managers can only manage people in the teams they manage/ },
  },
  {
    name: 'edit a lead (the lead themselves too)',
    run: (actor) => call(actor, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.lead.id }, body: { colour: '#abcdef' } }),
    allowed: ['manager', 'admin'],
    refusal: peopleRefusals,
  },
  {
    name: 'reset the password of a managed rep',
    run: (actor) => call(actor, passwordResetRoute.POST, { params: { userId: world.people.rep.id } }),
    allowed: ['manager', 'admin'],
    refusal: peopleRefusals,
  },
  {
    name: 'deactivate a managed rep',
    run: (actor) => call(actor, deactivateRoute.POST, { params: { userId: world.people.managedRep.id }, body: {} }),
    allowed: ['manager', 'admin'],
    refusal: peopleRefusals,
  },
  {
    name: "deactivate someone in nobody's team",
    run: (actor) => call(actor, deactivateRoute.POST, { params: { userId: world.people.outsider.id }, body: {} }),
    allowed: ['admin'],
    refusal: { ...peopleRefusals, manager: /Managers can only manage people in the teams they manage/ },
  },

  // Own settings: everyone.
  { name: 'rename yourself', run: (actor) => call(actor, profileRoute.PATCH, { method: 'PATCH', body: { name: 'Renamed Person' } }), allowed: ['rep', 'lead', 'manager', 'admin'], refusal: {} },
  {
    name: 'change your password',
    run: (actor) => call(actor, myPasswordRoute.POST, { body: { currentPassword: password, newPassword: 'a brand new passphrase' } }),
    allowed: ['rep', 'lead', 'manager', 'admin'],
    refusal: {},
  },
  { name: 'list time zones', isRead: true, run: (actor) => call(actor, timeZonesRoute.GET), allowed: ['rep', 'lead', 'manager', 'admin'], refusal: {} },
];

const roles: Role[] = ['rep', 'lead', 'manager', 'admin'];

beforeAll(async () => {
  passwordHash = await hashPassword(password);
});

beforeEach(async () => {
  await resetDatabase(database().prisma);
  world = await seed();
});

describe.each(operations)('$name', (operation) => {
  it.each(roles)('as %s', async (role) => {
    const before = await snapshotEverything();
    const auditBefore = await database().prisma.auditEntry.count();
    const result = await operation.run(world.people[role]);
    if (operation.allowed.includes(role)) {
      expect([200, 201], JSON.stringify(result.body)).toContain(result.status);
      if (!operation.isRead) expect(await database().prisma.auditEntry.count()).toBeGreaterThan(auditBefore);
    } else {
      expect(result.status, JSON.stringify(result.body)).toBe(403);
      expect(result.body.error.code).toBe('FORBIDDEN');
      expect(result.body.error.message).toMatch(operation.refusal[role] ?? /^$/);
      expect(await snapshotEverything()).toBe(before);
    }
  });
});

describe('rules that hold for every role', () => {
  it('refuses anyone changing their own role, or deactivating themselves', async () => {
    const before = await snapshotEverything();
    const demote = await call(world.people.admin, personRoute.PATCH, { method: 'PATCH', params: { userId: world.people.admin.id }, body: { role: 'REP', teamId: world.teamA } });
    expect(demote.status).toBe(403);
    expect(demote.body.error.message).toBe('You cannot change your own role.');
    const leave = await call(world.people.admin, deactivateRoute.POST, { params: { userId: world.people.admin.id }, body: {} });
    expect(leave.status).toBe(403);
    expect(leave.body.error.message).toBe('You cannot deactivate yourself.');
    expect(await snapshotEverything()).toBe(before);
  });

  it('answers 401 without a session', async () => {
    const response = await (officesRoute.GET as unknown as (request: Request) => Promise<Response>)(new Request('http://localhost/api/admin/offices'));
    expect(response.status).toBe(401);
  });

  it('shows managers and leads only their own teams', async () => {
    const asManager = await call(world.people.manager, teamsRoute.GET);
    expect(asManager.body.teams.map((team: { name: string }) => team.name)).toEqual(['Alpha', 'Bravo']);
    const asLead = await call(world.people.lead, teamsRoute.GET);
    expect(asLead.body.teams.map((team: { name: string }) => team.name)).toEqual(['Alpha']);
    const people = await call(world.people.manager, peopleRoute.GET);
    expect(people.body.people.map((person: { name: string }) => person.name)).toEqual(['Bea Bravo', 'Lee Lead', 'Rae Rep']);
  });
});
