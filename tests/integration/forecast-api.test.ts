import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as hiringPlanRoute from '@/app/api/forecast/hiring-plan/route';
import * as hireRoute from '@/app/api/forecast/hiring-plan/[hireId]/route';
import * as backtestRoute from '@/app/api/forecast/backtest/route';
import * as runsRoute from '@/app/api/forecast/runs/route';
import { stopForecastWorker } from '@/server/forecast/run-in-worker';
import { saveWeeklyForecastIfDue } from '@/server/forecast/weekly-forecast';
import { forecastWorkerPath } from '@/server/forecast/worker-path';

// The revenue forecast through the API on a real database, computed in the worker
// thread: who sees which scopes, who changes the hiring plan, and that bad input is
// refused with a reason and writes nothing.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

process.env.CADENCE_FORECAST_WORKER_PATH = forecastWorkerPath;

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

const DAY = 86_400_000;
let team: { id: string };
let otherTeam: { id: string };
let ana: UserRecord;
let lead: UserRecord;
let manager: UserRecord;
let otherManager: UserRecord;
let admin: UserRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  otherTeam = await createTeam(prisma, { officeId: office.id, name: 'Mid-market' });
  const longAgo = new Date(Date.now() - 900 * DAY);
  ana = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep', startDate: longAgo });
  const ben = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ben Rep', startDate: longAgo });
  const olga = await createUser(prisma, { role: 'REP', teamId: otherTeam.id, name: 'Olga Rep', startDate: longAgo });
  lead = await createUser(prisma, { role: 'LEAD', teamId: team.id, name: 'Lena Lead', startDate: longAgo });
  manager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Max Manager' });
  otherManager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Mia Manager' });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  await prisma.team.update({ where: { id: team.id }, data: { leadId: lead.id, managerId: manager.id } });
  await prisma.team.update({ where: { id: otherTeam.id }, data: { managerId: otherManager.id } });
  // Eight months of won and lost deals, and some still open.
  let index = 0;
  for (const owner of [ana, ben, olga]) {
    for (let day = 240; day > 0; day -= 9) {
      index += 1;
      const createdAt = new Date(Date.now() - day * DAY);
      const closedAt = new Date(createdAt.getTime() + 20 * DAY);
      const isClosed = closedAt.getTime() < Date.now();
      const isWon = index % 3 !== 0;
      await createDeal(prisma, {
        ownerId: owner.id,
        teamId: owner.teamId!,
        account: `Account ${index}`,
        amountMinor: 1_000_000 + index * 1_000,
        createdAt,
        stage: isClosed ? 'COMPLETED' : 'TODO',
        stageChangedAt: isClosed ? closedAt : createdAt,
        outcome: isClosed ? (isWon ? 'WON' : 'LOST') : null,
        closedAt: isClosed ? closedAt : null,
        closedAmountMinor: isClosed && isWon ? 1_000_000 + index * 1_000 : null,
      });
    }
  }
});

afterAll(async () => {
  await stopForecastWorker();
});

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

describe('revenue forecast API', () => {
  it('shows a rep their own forecast and their team’s, and an admin every scope', async () => {
    const repView = await call(ana, forecastRoute.GET, { query: '?months=3&runs=200' });
    expect(repView.status, JSON.stringify(repView.body)).toBe(200);
    expect(repView.body.scopes.map((scope: { key: string }) => scope.key).sort()).toEqual([`rep:${ana.id}`, `team:${team.id}`].sort());
    const month = repView.body.scopes[0].months[0];
    expect(month.p10).toBeLessThanOrEqual(month.p50);
    expect(month.p50).toBeLessThanOrEqual(month.p90);
    const adminView = await call(admin, forecastRoute.GET, { query: '?months=3&runs=200' });
    const kinds = adminView.body.scopes.map((scope: { kind: string }) => scope.kind);
    expect(kinds).toContain('company');
    expect(kinds).toContain('office');
    expect(kinds.filter((kind: string) => kind === 'team')).toHaveLength(2);
    expect(kinds.filter((kind: string) => kind === 'rep').length).toBeGreaterThanOrEqual(3);
    expect(adminView.body.scopes[0].actuals).toHaveLength(12);
    expect((await call(ana, forecastRoute.GET, { query: '?months=13' })).status).toBe(400);
  });

  it('lets admins plan for any team and managers for their own, audited; a planned hire moves the forecast', async () => {
    const before = await call(admin, forecastRoute.GET, { query: '?months=6&runs=300' });
    const company = (body: Record<string, any>) => body.scopes.find((scope: { kind: string }) => scope.kind === 'company');
    const hire = { teamId: team.id, startDate: inDays(1), count: 3 };
    expect((await call(ana, hiringPlanRoute.POST, { body: hire })).status).toBe(403);
    expect((await call(lead, hiringPlanRoute.POST, { body: hire })).status).toBe(403);
    expect((await call(otherManager, hiringPlanRoute.POST, { body: hire })).status).toBe(403);
    const byManager = await call(manager, hiringPlanRoute.POST, { body: hire });
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(201);
    const byAdmin = await call(admin, hiringPlanRoute.POST, { body: { teamId: otherTeam.id, startDate: inDays(40), count: 1, rampOverride: [0.5, 1] } });
    expect(byAdmin.status).toBe(201);
    const audit = await database().prisma.auditEntry.findMany({ where: { objectType: 'PlannedHire' } });
    expect(audit.map((entry) => entry.action)).toEqual(['planned-hire.create', 'planned-hire.create']);

    const after = await call(admin, forecastRoute.GET, { query: '?months=6&runs=300' });
    expect(company(after.body).months[5].plannedHires).toBeGreaterThan(0);
    expect(company(after.body).months[5].mean).toBeGreaterThan(company(before.body).months[5].mean);
    expect(after.body.model.plannedHires).toBe(4);

    const plan = await call(ana, hiringPlanRoute.GET);
    expect(plan.body.hires).toHaveLength(2);
    expect(plan.body.hires.every((item: { canEdit: boolean }) => !item.canEdit)).toBe(true);
    const hireId = byManager.body.hire.id as string;
    expect((await call(otherManager, hireRoute.PATCH, { method: 'PATCH', params: { hireId }, body: { count: 5 } })).status).toBe(403);
    const changed = await call(manager, hireRoute.PATCH, { method: 'PATCH', params: { hireId }, body: { count: 5 } });
    expect(changed.body.hire.count).toBe(5);
    expect((await call(manager, hireRoute.DELETE, { method: 'DELETE', params: { hireId } })).status).toBe(200);
    expect((await call(manager, hireRoute.DELETE, { method: 'DELETE', params: { hireId } })).status).toBe(404);
  });

  it('refuses bad planned hires with the reason and writes nothing', async () => {
    const cases: Array<[unknown, number, RegExp]> = [
      [{ teamId: team.id, startDate: inDays(-3), count: 1 }, 422, /past/],
      [{ teamId: team.id, startDate: inDays(3), count: -1 }, 400, /count/],
      [{ teamId: 'no-such-team', startDate: inDays(3), count: 1 }, 422, /no such team/],
      [{ teamId: team.id, startDate: inDays(3), count: 1, rampOverride: [0.5, 1.5] }, 400, /between 0 and 1/],
      [{ teamId: team.id, startDate: '2027-02-30', count: 1 }, 422, /real date/],
    ];
    for (const [body, status, reason] of cases) {
      const answer = await call(admin, hiringPlanRoute.POST, { body });
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.body.error.message).toMatch(reason);
    }
    expect(await database().prisma.plannedHire.count()).toBe(0);
    expect(await database().prisma.auditEntry.count({ where: { objectType: 'PlannedHire' } })).toBe(0);
  });

  it('runs the backtest and saves forecasts for admins and managers only', async () => {
    expect((await call(ana, backtestRoute.GET)).status).toBe(403);
    const backtest = await call(manager, backtestRoute.GET, { query: '?runs=100' });
    expect(backtest.status, JSON.stringify(backtest.body)).toBe(200);
    expect(backtest.body.origins.length).toBeGreaterThan(0);
    expect(backtest.body.origins[0].predictions[0]).toEqual(expect.objectContaining({ scope: 'company', horizon: 1 }));
    expect((await call(manager, backtestRoute.GET, { query: '?from=2026-05&to=2026-01' })).status).toBe(422);
    expect((await call(ana, runsRoute.POST, { body: { months: 3, runs: 200 } })).status).toBe(403);
    const saved = await call(admin, runsRoute.POST, { body: { months: 3, runs: 200 } });
    expect(saved.status).toBe(201);
    expect(await database().prisma.forecastRun.count()).toBe(1);
  });

  it('saves the weekly forecast once, even when two instances ask at the same moment', async () => {
    const results = await Promise.all([saveWeeklyForecastIfDue(), saveWeeklyForecastIfDue()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await database().prisma.forecastRun.count({ where: { source: 'weekly' } })).toBe(1);
    expect(await saveWeeklyForecastIfDue()).toBe(false);
    expect(await saveWeeklyForecastIfDue(new Date(Date.now() + 8 * DAY))).toBe(true);
  });
});
