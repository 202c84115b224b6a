import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as monthRangeRoute from '@/app/api/forecast/month-range/route';
import { stopForecastWorker } from '@/server/forecast/run-in-worker';
import { forecastWorkerPath } from '@/server/forecast/worker-path';

// This month's simulated range for one scope (the burn-down's band) and the forecast in
// an office's own currency, on a real database: a Berlin team reads euros converted back
// from the US-dollar simulation at the month's rate; a rep sees only their team and
// themselves; bad or unknown scopes are refused with the reason.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

process.env.CADENCE_FORECAST_WORKER_PATH = forecastWorkerPath;

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(user: UserRecord, handler: unknown, query: string) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const response = await (handler as Handler)(new Request(`http://localhost/api/test${query}`, { headers: { cookie } }), { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const DAY = 86_400_000;
let berlin: { id: string };
let berlinTeam: { id: string };
let newYorkTeam: { id: string };
let rep: UserRecord;
let admin: UserRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const newYork = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  berlin = await createOffice(prisma, { name: 'Berlin', timeZone: 'Europe/Berlin', currency: 'EUR', locale: 'de-DE' });
  // One rate for every month of the history: 1 EUR = 1.25 USD.
  const first = new Date(Date.now() - 400 * DAY);
  await prisma.exchangeRate.create({ data: { currency: 'EUR', month: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)), rateToReporting: '1.25' } });
  berlinTeam = await createTeam(prisma, { officeId: berlin.id, name: 'Berlin sales' });
  newYorkTeam = await createTeam(prisma, { officeId: newYork.id, name: 'New York sales' });
  const longAgo = new Date(Date.now() - 380 * DAY);
  rep = await createUser(prisma, { role: 'REP', teamId: berlinTeam.id, name: 'Rita Rep', startDate: longAgo });
  const other = await createUser(prisma, { role: 'REP', teamId: newYorkTeam.id, name: 'Olga Rep', startDate: longAgo });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  let index = 0;
  for (const owner of [rep, other]) {
    for (let day = 300; day > 0; day -= 7) {
      index += 1;
      const createdAt = new Date(Date.now() - day * DAY);
      const closedAt = new Date(createdAt.getTime() + 18 * DAY);
      const isClosed = closedAt.getTime() < Date.now();
      const isWon = index % 3 !== 0;
      await createDeal(prisma, {
        ownerId: owner.id,
        teamId: owner.teamId!,
        account: `Account ${index}`,
        amountMinor: 1_000_000,
        currency: owner.id === rep.id ? 'EUR' : 'USD',
        createdAt,
        stage: isClosed ? 'COMPLETED' : 'IN_PROGRESS',
        stageChangedAt: isClosed ? closedAt : createdAt,
        outcome: isClosed ? (isWon ? 'WON' : 'LOST') : null,
        closedAt: isClosed ? closedAt : null,
        closedAmountMinor: isClosed && isWon ? 1_000_000 : null,
      });
    }
  }
});

afterAll(async () => {
  await stopForecastWorker();
});

describe('forecast in an office’s currency and the burn-down’s range', () => {
  it('gives a Berlin team its figures in euros at the month’s rate, and the company in dollars only', async () => {
    const forecast = await call(admin, forecastRoute.GET, '?months=3&runs=300');
    expect(forecast.status, JSON.stringify(forecast.body)).toBe(200);
    const team = forecast.body.scopes.find((scope: { key: string }) => scope.key === `team:${berlinTeam.id}`);
    expect(team.currency).toBe('EUR');
    expect(team.inOwnCurrency.months).toHaveLength(3);
    for (const [index, month] of team.months.entries()) {
      const euros = team.inOwnCurrency.months[index];
      expect(euros.month).toBe(month.month);
      expect(euros.p50).toBeCloseTo(month.p50 / 1.25, -1);
      expect(euros.p10).toBeLessThanOrEqual(euros.p50);
      expect(euros.p50).toBeLessThanOrEqual(euros.p90);
    }
    const wonLastYear = team.inOwnCurrency.actuals.reduce((sum: number, item: { amount: number }) => sum + item.amount, 0);
    expect(wonLastYear).toBeGreaterThan(0);
    expect(wonLastYear % 1_000_000).toBeLessThan(50);
    const company = forecast.body.scopes.find((scope: { kind: string }) => scope.kind === 'company');
    expect(company).toMatchObject({ currency: 'USD', inOwnCurrency: null });
    expect(forecast.body.scopes.find((scope: { key: string }) => scope.key === `team:${newYorkTeam.id}`).inOwnCurrency).toBeNull();
  });

  it('answers this month’s range of a scope in its own currency, with the page’s simulation', async () => {
    const range = await call(rep, monthRangeRoute.GET, `?kind=team&id=${berlinTeam.id}`);
    expect(range.status, JSON.stringify(range.body)).toBe(200);
    const now = new Date();
    expect(range.body.range).toMatchObject({ currency: 'EUR', month: `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`, runs: 10_000 });
    const { p10, p50, p90, alreadyWon } = range.body.range;
    expect(alreadyWon).toBeLessThanOrEqual(p10);
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    expect((await call(rep, monthRangeRoute.GET, `?kind=rep&id=${rep.id}`)).status).toBe(200);
    const company = await call(admin, monthRangeRoute.GET, '?kind=company');
    expect(company.body.range.currency).toBe('USD');
  });

  it('refuses scopes beyond a rep’s team, unknown scopes and a missing id with the reason', async () => {
    const company = await call(rep, monthRangeRoute.GET, '?kind=company');
    expect(company.status).toBe(403);
    expect(company.body.error.message).toMatch(/own team/);
    expect((await call(rep, monthRangeRoute.GET, `?kind=team&id=${newYorkTeam.id}`)).status).toBe(403);
    expect((await call(admin, monthRangeRoute.GET, '?kind=team&id=nope')).status).toBe(404);
    const missing = await call(admin, monthRangeRoute.GET, '?kind=office');
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toMatch(/id/);
    expect((await call(admin, monthRangeRoute.GET, '?kind=galaxy')).status).toBe(400);
  });
});
