import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserRecord } from '../factories';
import { callAs, seedForecastOrganisation } from './forecast-organisation';
import { useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as settingsRoute from '@/app/api/forecast/settings/route';

// The organisation-wide ramp curve override through the API on a real database: only
// admins set it, bad curves are refused with the reason and write nothing, each change
// is audited, and the live forecast then uses it.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();

let rep: UserRecord;
let manager: UserRecord;
let admin: UserRecord;

beforeEach(async () => {
  ({ rep, manager, admin } = await seedForecastOrganisation(database().prisma, { repStartedDaysAgo: 400, fromDaysAgo: 200, everyDays: 10, closeAfterDays: 15, amountMinor: 500_000 }));
});

describe('forecast settings API (the ramp curve override)', () => {
  it('lets everyone read the setting and only admins change it', async () => {
    const read = await callAs(rep, settingsRoute.GET);
    expect(read.status).toBe(200);
    expect(read.body.settings).toMatchObject({ rampOverride: null, canEdit: false });
    expect(read.body.settings.defaultRamp.length).toBeGreaterThan(0);
    expect((await callAs(admin, settingsRoute.GET)).body.settings.canEdit).toBe(true);

    for (const actor of [rep, manager]) {
      const refused = await callAs(actor, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: [0.5, 1] } });
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
      const refused = await callAs(admin, settingsRoute.PUT, { method: 'PUT', body });
      expect(refused.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(refused.status, JSON.stringify(body)).toBeLessThan(500);
      expect(JSON.stringify(refused.body)).not.toBe('{}');
    }
    const outside = await callAs(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: [0.2, 1.5] } });
    expect(JSON.stringify(outside.body)).toContain('between 0 and 1');
    expect(await prisma.forecastSettings.count()).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'forecast-settings.update' } })).toBe(0);
  });

  it('saves an admin’s curve with its audit entry, the forecast uses it, and null goes back to the learned curve', async () => {
    const prisma = database().prisma;
    const before = await callAs(admin, forecastRoute.GET, { query: '?months=3&runs=200' });
    expect(before.status).toBe(200);
    expect(before.body.model.ramp.source).not.toBe('override');

    const curve = [0.05, 0.2, 0.4, 0.6, 0.8];
    const saved = await callAs(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: curve } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.settings.rampOverride).toEqual(curve);
    expect((await callAs(rep, settingsRoute.GET)).body.settings.rampOverride).toEqual(curve);
    const audit = await prisma.auditEntry.findMany({ where: { action: 'forecast-settings.update' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, objectType: 'ForecastSettings', after: { rampOverride: curve } });

    // The live forecast is cached per data version: the change is seen at once.
    const after = await callAs(admin, forecastRoute.GET, { query: '?months=3&runs=200' });
    expect(after.body.model.ramp).toMatchObject({ source: 'override', values: curve });

    const cleared = await callAs(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.settings.rampOverride).toBeNull();
    expect((await callAs(admin, forecastRoute.GET, { query: '?months=3&runs=200' })).body.model.ramp.source).not.toBe('override');
    expect(await prisma.auditEntry.count({ where: { action: 'forecast-settings.update' } })).toBe(2);
  });
});
