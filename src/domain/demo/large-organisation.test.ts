import { describe, expect, it } from 'vitest';
import { createLargeGoals, describeLargeOrganisation, generateLargeDeals, largeShapes } from './large-organisation';

const today = new Date('2026-12-03T07:45:00Z');

describe('the large organisation', () => {
  it('has 1,000 sellers in 100 teams and 10 offices, each office in its own time zone, and four years of goals', () => {
    const setting = describeLargeOrganisation({ today, size: 'large' });
    expect(setting.offices).toHaveLength(10);
    expect(new Set(setting.offices.map((office) => office.record.timeZone)).size).toBe(10);
    expect(setting.teams).toHaveLength(100);
    expect(setting.sellers).toHaveLength(1_000);
    expect(setting.sellers.filter((seller) => seller.user.role === 'LEAD')).toHaveLength(100);
    expect(setting.months).toHaveLength(49);
    expect(setting.months[0]?.toISOString()).toBe('2022-12-01T00:00:00.000Z');
    expect(createLargeGoals(setting)).toHaveLength(49_000);
    // The demo's four logins exist, so the benchmarks sign in the same way.
    const emails = new Set(setting.users.map((user) => user.email));
    for (const email of ['admin@cadence.demo', 'manager@cadence.demo', 'lead@cadence.demo', 'rep@cadence.demo']) expect(emails.has(email)).toBe(true);
    expect(new Set(setting.users.map((user) => user.email)).size).toBe(setting.users.length);
  });

  it('is the same for the same day, and its deals follow the rules the app keeps', () => {
    const first = [...generateLargeDeals(describeLargeOrganisation({ today, size: 'tiny' }), { today, size: 'tiny' })];
    const second = [...generateLargeDeals(describeLargeOrganisation({ today, size: 'tiny' }), { today, size: 'tiny' })];
    expect(second).toEqual(first);
    expect(new Set(first.map((deal) => deal.id)).size).toBe(first.length);

    const setting = describeLargeOrganisation({ today, size: 'tiny' });
    for (const seller of setting.sellers) {
      const open = first.filter((deal) => deal.ownerId === seller.user.id && deal.outcome === null);
      for (const stage of ['BACKLOG', 'TODO', 'IN_PROGRESS'] as const) {
        expect(open.filter((deal) => deal.stage === stage)).toHaveLength(largeShapes.tiny.openPerColumn);
      }
    }
    for (const deal of first) {
      const times = deal.steps.map((step) => step.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(today.getTime());
      expect(deal.steps.at(-1)?.stage).toBe(deal.stage);
      expect(deal.stage === 'COMPLETED').toBe(deal.outcome !== null);
      if (deal.outcome === 'WON') expect(deal.closedAmountMinor).toBe(deal.amountMinor);
      if (deal.outcome) expect(deal.closedAt?.getTime()).toBe(times.at(-1));
    }
    // Won deals in every past month.
    const wonMonths = new Set(first.filter((deal) => deal.outcome === 'WON').map((deal) => deal.closedAt!.toISOString().slice(0, 7)));
    expect([...wonMonths].sort()).toEqual(expect.arrayContaining(['2026-09', '2026-10', '2026-11']));
  });
});
