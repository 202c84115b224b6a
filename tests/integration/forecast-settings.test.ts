import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as settingsRoute from '@/app/api/forecast/settings/route';
import { stopForecastWorker } from '@/server/forecast/run-in-worker';
import { forecastWorkerPath } from '@/server/forecast/worker-path';

// The organisation-wide ramp curve override through the API on a real database: only
// admins set it, bad curves are refused with the reason and write nothing, each change
// is audited, and the live forecast then uses it.

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
let manager: UserRecord;
let admin: UserRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  const longAgo = new Date(Date.now() - 400 * DAY);
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep', startDate: longAgo });
  manager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Max Manager' });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  await prisma.team.update({ where: { id: team.id }, data: { managerId: manager.id } });
  for (let day = 200, index = 0; day > 0; day -= 10, index += 1) {
    const createdAt = new Date(Date.now() - day * DAY);
    const closedAt = new Date(createdAt.getTime() + 15 * DAY);
    const isClosed = closedAt.getTime() < Date.now();
    await createDeal(prisma, {
      ownerId: rep.id,
      teamId: team.id,
      account: `Account ${index}`,
      amountMinor: 500_000,
      createdAt,
      stage: isClosed ? 'COMPLETED' : 'TODO',
      stageChangedAt: isClosed ? closedAt : createdAt,
      outcome: isClosed ? 'WON' : null,
      closedAt: isClosed ? closedAt : null,
      closedAmountMinor: isClosed ? 500_000 : null,
    });
  }
});

afterAll(async () => {
  await stopForecastWorker();
});

describe('forecast settings API (the ramp curve override)', () => {
  it('lets everyone read the setting and only admins change it', async () => {
    const read = await call(rep, settingsRoute.GET);
    expect(read.status).toBe(200);
    expect(read.body.settings).toMatchObject({ rampOverride: null, canEdit: false });
    expect(read.body.settings.defaultRamp.length).toBeGreaterThan(0);
    expect((await call(admin, settingsRoute.GET)).body.settings.canEdit).toBe(true);

    for (const actor of [rep, manager]) {
      const refused = await call(actor, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: [0.5, 1] } });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/Only admins/);
    }
    const prisma = database().prisma;
    expect(await prisma.forecastSettings.count()).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'forecast-settings.update' } })).toBe(0);
  });

  it('refuses a curve outside 0..1, an empty one or a missing field, with the reason, and writes nothing', async () => {
    const prisma = database().prisma;
    for (const body of [{ rampOverride: [0.2, 1.5] }, { rampOverride: [-0.1] }, { rampOverride: [] }, { rampOverride: ['half'] }, {}, { rampOverride: Array.from({ length: 25 }, () => 1) }]) {
      const refused = await call(admin, settingsRoute.PUT, { method: 'PUT', body });
      expect(refused.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(refused.status, JSON.stringify(body)).toBeLessThan(500);
      expect(JSON.stringify(refused.body)).not.toBe('{}');
    }
    const outside = await call(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: [0.2, 1.5] } });
    expect(JSON.stringify(outside.body)).toContain('between 0 and 1');
    expect(await prisma.forecastSettings.count()).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'forecast-settings.update' } })).toBe(0);
  });

  it('saves an admin’s curve with its audit entry, the forecast uses it, and null goes back to the learned curve', async () => {
    const prisma = database().prisma;
    const before = await call(admin, forecastRoute.GET, { query: '?months=3&runs=200' });
    expect(before.status).toBe(200);
    expect(before.body.model.ramp.source).not.toBe('override');

    const curve = [0.05, 0.2, 0.4, 0.6, 0.8];
    const saved = await call(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: curve } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.settings.rampOverride).toEqual(curve);
    expect((await call(rep, settingsRoute.GET)).body.settings.rampOverride).toEqual(curve);
    const audit = await prisma.auditEntry.findMany({ where: { action: 'forecast-settings.update' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, objectType: 'ForecastSettings', after: { rampOverride: curve } });

    // The live forecast is cached per data version: the change is seen at once.
    const after = await call(admin, forecastRoute.GET, { query: '?months=3&runs=200' });
    expect(after.body.model.ramp).toMatchObject({ source: 'override', values: curve });

    const cleared = await call(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.settings.rampOverride).toBeNull();
    expect((await call(admin, forecastRoute.GET, { query: '?months=3&runs=200' })).body.model.ramp.source).not.toBe('override');
    expect(await prisma.auditEntry.count({ where: { action: 'forecast-settings.update' } })).toBe(2);
  });
});
