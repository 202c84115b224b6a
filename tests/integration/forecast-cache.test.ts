import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as settingsRoute from '@/app/api/forecast/settings/route';
import { stopForecastWorker } from '@/server/forecast/run-in-worker';
import { forecastWorkerPath } from '@/server/forecast/worker-path';

// The live forecast's cache on a real database: a repeated view is not simulated again;
// when only the deals moved, the last forecast answers at once while the new one is
// computed in the background; a change to the plan (here the ramp curve) is never
// answered with a forecast made before it.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

process.env.CADENCE_FORECAST_WORKER_PATH = forecastWorkerPath;

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(user: UserRecord, handler: unknown, options: { method?: string; body?: unknown; query?: string } = {}) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? 'GET',
    headers: { cookie, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const DAY = 86_400_000;
let rep: UserRecord;
let admin: UserRecord;
let teamId: string;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  teamId = team.id;
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep', startDate: new Date(Date.now() - 300 * DAY) });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  for (let day = 250, index = 0; day > 0; day -= 8, index += 1) {
    const createdAt = new Date(Date.now() - day * DAY);
    const closedAt = new Date(createdAt.getTime() + 12 * DAY);
    const isClosed = closedAt.getTime() < Date.now();
    await createDeal(prisma, {
      ownerId: rep.id,
      teamId: team.id,
      account: `Account ${index}`,
      amountMinor: 400_000,
      createdAt,
      stage: isClosed ? 'COMPLETED' : 'TODO',
      stageChangedAt: isClosed ? closedAt : createdAt,
      outcome: isClosed ? 'WON' : null,
      closedAt: isClosed ? closedAt : null,
      closedAmountMinor: isClosed ? 400_000 : null,
    });
  }
});

afterAll(async () => {
  await stopForecastWorker();
});

const query = '?months=3&runs=300';
const company = (body: Record<string, any>) => body.scopes.find((scope: { kind: string }) => scope.kind === 'company');

describe('the live forecast’s cache', () => {
  it('answers a repeated view from the cache, and a deal change first from the last forecast, then from a new one', async () => {
    const first = await call(admin, forecastRoute.GET, { query });
    expect(first.status).toBe(200);
    const again = await call(rep, forecastRoute.GET, { query });
    expect(again.body.asOf).toBe(first.body.asOf);

    // A big deal won today: only the deals changed.
    const now = new Date();
    await createDeal(database().prisma, {
      ownerId: rep.id,
      teamId,
      account: 'Big win',
      amountMinor: 90_000_000,
      createdAt: new Date(now.getTime() - 2 * DAY),
      stage: 'COMPLETED',
      stageChangedAt: now,
      outcome: 'WON',
      closedAt: now,
      closedAmountMinor: 90_000_000,
    });
    const stale = await call(admin, forecastRoute.GET, { query });
    expect(stale.body.asOf).toBe(first.body.asOf);
    expect(company(stale.body).months[0].alreadyWon).toBe(company(first.body).months[0].alreadyWon);

    // The background computation lands; the next view has the win.
    await expect
      .poll(async () => (await call(admin, forecastRoute.GET, { query })).body.asOf, { timeout: 20_000, interval: 200 })
      .not.toBe(first.body.asOf);
    const fresh = await call(admin, forecastRoute.GET, { query });
    expect(company(fresh.body).months[0].alreadyWon).toBeGreaterThanOrEqual(company(first.body).months[0].alreadyWon + 90_000_000);
  });

  it('never answers a change of the plan with a forecast made before it', async () => {
    const before = await call(admin, forecastRoute.GET, { query });
    expect(before.body.model.ramp.source).not.toBe('override');
    expect((await call(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: [0.5, 0.9] } })).status).toBe(200);
    const after = await call(admin, forecastRoute.GET, { query });
    expect(after.body.asOf).not.toBe(before.body.asOf);
    expect(after.body.model.ramp).toMatchObject({ source: 'override', values: [0.5, 0.9] });
  });
});
