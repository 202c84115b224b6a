import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeal, type UserRecord } from '../factories';
import { callAs, DAY, seedForecastOrganisation } from './forecast-organisation';
import { useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as settingsRoute from '@/app/api/forecast/settings/route';
import { MAX_SLOTS } from '@/server/forecast/cached-forecast';

// The live forecast's cache on a real database: a repeated view is not simulated again;
// when only the deals moved, the last forecast answers at once while the new one is
// computed in the background; a change to the plan (here the ramp curve) is never
// answered with a forecast made before it.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();

let rep: UserRecord;
let admin: UserRecord;
let teamId: string;

beforeEach(async () => {
  const organisation = await seedForecastOrganisation(database().prisma, { repStartedDaysAgo: 300, fromDaysAgo: 250, everyDays: 8, closeAfterDays: 12, amountMinor: 400_000 });
  ({ rep, admin } = organisation);
  teamId = organisation.team.id;
});

const query = '?months=3&runs=300';
const company = (body: Record<string, any>) => body.scopes.find((scope: { kind: string }) => scope.kind === 'company');

describe('the live forecast’s cache', () => {
  it('answers a repeated view from the cache, and a deal change first from the last forecast, then from a new one', async () => {
    const first = await callAs(admin, forecastRoute.GET, { query });
    expect(first.status).toBe(200);
    const again = await callAs(rep, forecastRoute.GET, { query });
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
    const stale = await callAs(admin, forecastRoute.GET, { query });
    expect(stale.body.asOf).toBe(first.body.asOf);
    expect(company(stale.body).months[0].alreadyWon).toBe(company(first.body).months[0].alreadyWon);

    // The background computation lands; the next view has the win.
    await expect
      .poll(async () => (await callAs(admin, forecastRoute.GET, { query })).body.asOf, { timeout: 20_000, interval: 200 })
      .not.toBe(first.body.asOf);
    const fresh = await callAs(admin, forecastRoute.GET, { query });
    expect(company(fresh.body).months[0].alreadyWon).toBeGreaterThanOrEqual(company(first.body).months[0].alreadyWon + 90_000_000);
  });

  it('reads the history once for every runs count of a horizon, and keeps a bounded number of forecasts', async () => {
    const three = await callAs(admin, forecastRoute.GET, { query: '?months=3&runs=300' });
    const more = await callAs(admin, forecastRoute.GET, { query: '?months=3&runs=400' });
    expect(more.status).toBe(200);
    expect(more.body.runs).toBe(400);
    // The same inputs, read once: the second forecast is as of the instant the first read them.
    expect(more.body.asOf).toBe(three.body.asOf);
    const other = await callAs(admin, forecastRoute.GET, { query: '?months=2&runs=300' });
    expect(other.body.asOf).not.toBe(three.body.asOf);

    for (let runs = 100; runs < 100 + (MAX_SLOTS + 4) * 10; runs += 10) {
      expect((await callAs(rep, forecastRoute.GET, { query: `?months=1&runs=${runs}` })).status).toBe(200);
    }
    const slots = (globalThis as { __cadenceForecastSlots?: Map<string, unknown> }).__cadenceForecastSlots!;
    expect(slots.size).toBe(MAX_SLOTS);
    expect(slots.has('1|100')).toBe(false);
    expect(slots.has(`1|${100 + (MAX_SLOTS + 3) * 10}`)).toBe(true);
  });

  it('never answers a change of the plan with a forecast made before it', async () => {
    const before = await callAs(admin, forecastRoute.GET, { query });
    expect(before.body.model.ramp.source).not.toBe('override');
    expect((await callAs(admin, settingsRoute.PUT, { method: 'PUT', body: { rampOverride: [0.5, 0.9] } })).status).toBe(200);
    const after = await callAs(admin, forecastRoute.GET, { query });
    expect(after.body.asOf).not.toBe(before.body.asOf);
    expect(after.body.model.ramp).toMatchObject({ source: 'override', values: [0.5, 0.9] });
  });
});
