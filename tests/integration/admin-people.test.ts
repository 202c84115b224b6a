import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createGoal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { hashPassword } from '@/server/auth/password';
import { authenticateRequest } from '@/server/auth/authenticate-request';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { previousMonthKey } from '@/domain/admin/goal-grid';
import * as setupRoute from '@/app/api/setup/route';
import * as setPasswordRoute from '@/app/api/setup/password/route';
import * as peopleRoute from '@/app/api/admin/people/route';
import * as personRoute from '@/app/api/admin/people/[userId]/route';
import * as deactivateRoute from '@/app/api/admin/people/[userId]/deactivate/route';
import * as passwordResetRoute from '@/app/api/admin/people/[userId]/password-reset/route';
import * as profileRoute from '@/app/api/me/profile/route';
import * as myPasswordRoute from '@/app/api/me/password/route';
import * as tokensRoute from '@/app/api/tokens/route';

// First run, invitations and password links, team moves, deactivation with handover,
// and the self-service settings, through the API.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function cookieFor(user: Pick<UserRecord, 'id' | 'role'>) {
  return `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
}

async function call(user: Pick<UserRecord, 'id' | 'role'> | null, handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (user) headers.cookie = await cookieFor(user);
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const tokenOf = (path: string) => path.replace('/set-password/', '');

beforeEach(async () => {
  await resetDatabase(database().prisma);
});

describe('first run', () => {
  const setup = {
    organizationName: 'Acme Ltd',
    reportingCurrency: 'eur',
    adminName: 'Ada Admin',
    adminEmail: 'Ada@Example.com',
    adminPassword: 'a long first password',
  };

  it('creates the organisation and the first admin once, then refuses', async () => {
    expect((await call(null, setupRoute.GET)).body).toEqual({ needed: true });
    const first = await call(null, setupRoute.POST, { body: setup });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.organization).toMatchObject({ name: 'Acme Ltd', reportingCurrency: 'EUR' });
    expect(first.body.user).toMatchObject({ email: 'ada@example.com', role: 'ADMIN', active: true, hasPassword: true });
    expect(first.body.user.passwordHash).toBeUndefined();
    const organization = await database().prisma.organization.findFirstOrThrow();
    expect(organization.isDemo).toBe(false);
    expect(await verifyCredentials({ email: 'ada@example.com', password: setup.adminPassword })).toMatchObject({ role: 'ADMIN' });

    expect((await call(null, setupRoute.GET)).body).toEqual({ needed: false });
    const again = await call(null, setupRoute.POST, { body: { ...setup, adminEmail: 'mallory@example.com' } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already set up/);
    expect(await database().prisma.user.count()).toBe(1);
    expect(await database().prisma.organization.count()).toBe(1);
  });

  it('lets only one of two simultaneous first runs through', async () => {
    const results = await Promise.all([
      call(null, setupRoute.POST, { body: setup }),
      call(null, setupRoute.POST, { body: { ...setup, adminEmail: 'other@example.com' } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    expect(await database().prisma.user.count()).toBe(1);
  });

  it('validates the currency with Intl and refuses short passwords, naming the fields', async () => {
    const result = await call(null, setupRoute.POST, { body: { ...setup, reportingCurrency: 'XQZ', adminPassword: 'short' } });
    expect(result.status).toBe(400);
    expect(result.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['adminPassword', 'reportingCurrency']);
    expect(await database().prisma.user.count()).toBe(0);
  });
});

describe('invitations and password links', () => {
  let admin: UserRecord;
  let teamId: string;

  beforeEach(async () => {
    const prisma = database().prisma;
    teamId = (await createTeam(prisma, { name: 'Alpha' })).id;
    admin = await createUser(prisma, { role: 'ADMIN', teamId: null, passwordHash: await hashPassword('admin password 1') });
  });

  it('invite → set password → sign in; the link then stops working', async () => {
    const invited = await call(admin, peopleRoute.POST, {
      body: { name: 'Nia New', email: 'Nia@Example.com', role: 'REP', teamId, colour: '#AA0000', startDate: '2026-02-02' },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body.person).toMatchObject({ email: 'nia@example.com', colour: '#aa0000', startDate: '2026-02-02', hasPassword: false });
    expect(invited.body.link.path).toMatch(/^\/set-password\/pwd_[A-Za-z0-9_-]{43}$/);
    expect(invited.body.link.purpose).toBe('INVITE');
    const lifetime = Date.parse(invited.body.link.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(6.9 * 86_400_000);
    expect(lifetime).toBeLessThanOrEqual(7 * 86_400_000);
    const token = tokenOf(invited.body.link.path);
    const stored = await database().prisma.passwordToken.findFirstOrThrow({ where: { userId: invited.body.person.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.purpose).toBe('INVITE');

    // Not yet usable to sign in.
    expect(await verifyCredentials({ email: 'nia@example.com', password: 'nias own password' })).toBeNull();
    const status = await call(null, setPasswordRoute.GET, { query: `?token=${token}` });
    expect(status.body).toEqual({ valid: true, name: 'Nia New', email: 'nia@example.com', purpose: 'INVITE' });

    const set = await call(null, setPasswordRoute.POST, { body: { token, password: 'nias own password' } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ email: 'nia@example.com' });
    expect(await verifyCredentials({ email: 'nia@example.com', password: 'nias own password' })).toMatchObject({ name: 'Nia New', role: 'REP', teamId });

    const reuse = await call(null, setPasswordRoute.POST, { body: { token, password: 'another password!' } });
    expect(reuse.status).toBe(422);
    expect(reuse.body.error.message).toMatch(/already been used/);
    expect((await call(null, setPasswordRoute.GET, { query: `?token=${token}` })).body).toMatchObject({ valid: false, reason: 'used' });
    expect(await verifyCredentials({ email: 'nia@example.com', password: 'another password!' })).toBeNull();
  });

  it('refuses an unknown or expired link, and a password that is too short', async () => {
    const invited = await call(admin, peopleRoute.POST, { body: { name: 'Old Link', email: 'old@example.com', role: 'REP', teamId } });
    const token = tokenOf(invited.body.link.path);
    const short = await call(null, setPasswordRoute.POST, { body: { token, password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toBe('password');

    await database().prisma.passwordToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await call(null, setPasswordRoute.POST, { body: { token, password: 'long enough now' } });
    expect(expired.status).toBe(422);
    expect(expired.body.error.message).toMatch(/expired/);
    expect((await call(null, setPasswordRoute.GET, { query: `?token=${token}` })).body).toMatchObject({ valid: false, reason: 'expired' });

    const unknown = await call(null, setPasswordRoute.POST, { body: { token: 'pwd_nope', password: 'long enough now' } });
    expect(unknown.status).toBe(404);
    expect((await call(null, setPasswordRoute.GET, { query: '?token=pwd_nope' })).body).toEqual({ valid: false, reason: 'unknown' });
    expect((await database().prisma.user.findUniqueOrThrow({ where: { email: 'old@example.com' } })).passwordHash).toBeNull();
  });

  it('refuses a second person with the same email', async () => {
    const result = await call(admin, peopleRoute.POST, { body: { name: 'Copy', email: admin.email.toUpperCase(), role: 'ADMIN' } });
    expect(result.status).toBe(409);
    expect(await database().prisma.user.count()).toBe(1);
  });

  it('a reset link lasts 24 hours and retires older unused links', async () => {
    const invited = await call(admin, peopleRoute.POST, { body: { name: 'Rita Reset', email: 'rita@example.com', role: 'REP', teamId } });
    const inviteToken = tokenOf(invited.body.link.path);
    const reset = await call(admin, passwordResetRoute.POST, { params: { userId: invited.body.person.id } });
    expect(reset.status).toBe(201);
    expect(reset.body.link.purpose).toBe('RESET');
    expect(Date.parse(reset.body.link.expiresAt) - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(Date.parse(reset.body.link.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    const old = await call(null, setPasswordRoute.POST, { body: { token: inviteToken, password: 'from the old link' } });
    expect(old.status).toBe(422);
    const fresh = await call(null, setPasswordRoute.POST, { body: { token: tokenOf(reset.body.link.path), password: 'from the new link' } });
    expect(fresh.status).toBe(200);
    expect(await verifyCredentials({ email: 'rita@example.com', password: 'from the new link' })).not.toBeNull();
    const actions = (await database().prisma.auditEntry.findMany({ where: { objectId: invited.body.person.id }, orderBy: { occurredAt: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(['user.invite', 'user.password-reset-link', 'user.reset-password']);
  });
});

describe('moving a person to another team', () => {
  it('keeps closed deals and past goals with the old team; open deals and current and later goals move', async () => {
    const prisma = database().prisma;
    const office = await createOffice(prisma, { timeZone: 'America/New_York' });
    const oldTeam = await createTeam(prisma, { officeId: office.id, name: 'Old' });
    const newTeam = await createTeam(prisma, { officeId: office.id, name: 'New' });
    const admin = await createUser(prisma, { role: 'ADMIN', teamId: null });
    const rep = await createUser(prisma, { role: 'REP', teamId: oldTeam.id });
    const open = await createDeal(prisma, { ownerId: rep.id, teamId: oldTeam.id, stage: 'IN_PROGRESS' });
    const won = await createDeal(prisma, { ownerId: rep.id, teamId: oldTeam.id, stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 100, closedAt: new Date() });
    const current = monthKey(monthStartInZone(new Date(), 'America/New_York'));
    const past = previousMonthKey(current);
    const asDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
    const pastGoal = await createGoal(prisma, { userId: rep.id, teamId: oldTeam.id, month: asDate(past) });
    const currentGoal = await createGoal(prisma, { userId: rep.id, teamId: oldTeam.id, month: asDate(current) });

    const result = await call(admin, personRoute.PATCH, { method: 'PATCH', params: { userId: rep.id }, body: { teamId: newTeam.id } });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.moved).toEqual({ openDeals: 1, goals: 1 });
    expect(result.body.person).toMatchObject({ teamId: newTeam.id, teamName: 'New' });

    const teamOf = async (dealId: string) => (await prisma.deal.findUniqueOrThrow({ where: { id: dealId } })).teamId;
    expect(await teamOf(open.id)).toBe(newTeam.id);
    expect(await teamOf(won.id)).toBe(oldTeam.id);
    expect((await prisma.monthlyGoal.findUniqueOrThrow({ where: { id: pastGoal.id } })).teamId).toBe(oldTeam.id);
    expect((await prisma.monthlyGoal.findUniqueOrThrow({ where: { id: currentGoal.id } })).teamId).toBe(newTeam.id);

    const events = await prisma.dealEvent.findMany({ where: { dealId: open.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'REASSIGNED', teamId: newTeam.id, fromTeamId: oldTeam.id, actorId: admin.id });
    expect(await prisma.dealEvent.count({ where: { dealId: won.id } })).toBe(0);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { objectId: rep.id } });
    expect(audit).toMatchObject({ action: 'user.move-team', actorId: admin.id });
    expect(audit.after).toMatchObject({ teamId: newTeam.id, movedDealIds: [open.id], movedGoalIds: [currentGoal.id] });
  });

  it('refuses leaving a rep without a team', async () => {
    const prisma = database().prisma;
    const admin = await createUser(prisma, { role: 'ADMIN', teamId: null });
    const rep = await createUser(prisma, { role: 'REP' });
    const result = await call(admin, personRoute.PATCH, { method: 'PATCH', params: { userId: rep.id }, body: { teamId: null } });
    expect(result.status).toBe(422);
    expect(result.body.error.message).toBe('Reps and leads need a team.');
  });
});

describe('deactivating a person', () => {
  let admin: UserRecord;
  let leaver: UserRecord;
  let colleague: UserRecord;
  let teamId: string;

  beforeEach(async () => {
    const prisma = database().prisma;
    const office = await createOffice(prisma);
    teamId = (await createTeam(prisma, { officeId: office.id })).id;
    const otherTeamId = (await createTeam(prisma, { officeId: office.id })).id;
    admin = await createUser(prisma, { role: 'ADMIN', teamId: null });
    leaver = await createUser(prisma, { role: 'REP', teamId, passwordHash: await hashPassword('leaver password') });
    colleague = await createUser(prisma, { role: 'REP', teamId: otherTeamId });
    await prisma.team.update({ where: { id: teamId }, data: { leadId: null } });
  });

  it('hands open deals over with DealEvents, keeps closed ones, and stops sign-in and API tokens', async () => {
    const prisma = database().prisma;
    const openDeals = [
      await createDeal(prisma, { ownerId: leaver.id, teamId, stage: 'BACKLOG' }),
      await createDeal(prisma, { ownerId: leaver.id, teamId, stage: 'IN_PROGRESS' }),
    ];
    const closed = await createDeal(prisma, { ownerId: leaver.id, teamId, stage: 'COMPLETED', outcome: 'LOST', closedAt: new Date() });
    expect(await verifyCredentials({ email: leaver.email, password: 'leaver password' })).not.toBeNull();
    const token = await call(leaver, tokensRoute.POST, { body: { name: 'Export' } });
    expect(token.status).toBe(201);

    const result = await call(admin, deactivateRoute.POST, { params: { userId: leaver.id }, body: { handOverToUserId: colleague.id } });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({ handedOverDeals: 2, person: { id: leaver.id, active: false } });

    for (const deal of openDeals) {
      const after = await prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
      expect(after).toMatchObject({ ownerId: colleague.id, teamId: colleague.teamId, version: deal.version + 1 });
      const events = await prisma.dealEvent.findMany({ where: { dealId: deal.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'REASSIGNED', actorId: admin.id, teamId: colleague.teamId, fromTeamId: teamId });
    }
    expect((await prisma.deal.findUniqueOrThrow({ where: { id: closed.id } })).ownerId).toBe(leaver.id);
    expect(await verifyCredentials({ email: leaver.email, password: 'leaver password' })).toBeNull();
    const bearer = new Request('http://localhost/api/me', { headers: { authorization: `Bearer ${token.body.token.token}` } });
    await expect(authenticateRequest(bearer)).rejects.toThrow(/not valid or has been revoked/);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'user.deactivate' } });
    expect(audit.after).toMatchObject({ active: false, handedOverTo: colleague.id });
  });

  it('refuses without a valid recipient when there are open deals, writing nothing', async () => {
    const prisma = database().prisma;
    const deal = await createDeal(prisma, { ownerId: leaver.id, teamId, stage: 'TODO' });
    const inactive = await createUser(prisma, { role: 'REP', teamId, active: false });
    const noTeam = await createUser(prisma, { role: 'MANAGER', teamId: null });
    const attempts = [
      [{}, /has 1 open deal\(s\); choose who takes them over/],
      [{ handOverToUserId: inactive.id }, /is deactivated and cannot take over deals/],
      [{ handOverToUserId: noTeam.id }, /has no team/],
      [{ handOverToUserId: leaver.id }, /Choose someone else/],
      [{ handOverToUserId: 'nobody' }, /Choose someone else/],
    ] as const;
    for (const [body, message] of attempts) {
      const result = await call(admin, deactivateRoute.POST, { params: { userId: leaver.id }, body });
      expect(result.status, JSON.stringify(result.body)).toBe(422);
      expect(result.body.error.message).toMatch(message);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: leaver.id } })).active).toBe(true);
    expect((await prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).ownerId).toBe(leaver.id);
    expect(await prisma.dealEvent.count()).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(0);
  });
});

describe('own settings', () => {
  it('renames yourself and changes your password only with the current one', async () => {
    const prisma = database().prisma;
    const rep = await createUser(prisma, { role: 'REP', passwordHash: await hashPassword('old password 123') });
    const renamed = await call(rep, profileRoute.PATCH, { method: 'PATCH', body: { name: '  Rae Renamed ' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.user).toMatchObject({ id: rep.id, name: 'Rae Renamed' });

    const wrong = await call(rep, myPasswordRoute.POST, { body: { currentPassword: 'not my password', newPassword: 'new password 456' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toBe('The current password is not right.');
    const same = await call(rep, myPasswordRoute.POST, { body: { currentPassword: 'old password 123', newPassword: 'old password 123' } });
    expect(same.status).toBe(400);
    expect(same.body.error.issues[0].path).toBe('newPassword');
    expect(await verifyCredentials({ email: rep.email, password: 'old password 123' })).not.toBeNull();

    const changed = await call(rep, myPasswordRoute.POST, { body: { currentPassword: 'old password 123', newPassword: 'new password 456' } });
    expect(changed.status).toBe(200);
    expect(await verifyCredentials({ email: rep.email, password: 'new password 456' })).not.toBeNull();
    expect(await verifyCredentials({ email: rep.email, password: 'old password 123' })).toBeNull();
    const actions = (await prisma.auditEntry.findMany({ where: { actorId: rep.id } })).map((entry) => entry.action).sort();
    expect(actions).toEqual(['user.change-password', 'user.update-profile']);
    expect(JSON.stringify(await prisma.auditEntry.findMany())).not.toMatch(/scrypt/);
  });
});
