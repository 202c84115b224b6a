import { describe, expect, it } from 'vitest';
import type { PacingDeal } from './deal-contributions';
import { projectionColumns } from './projection-parts';
import { buildPacingDeal } from './pacing-deal-fixture';

const deal = (overrides: Partial<PacingDeal>) => buildPacingDeal({ id: 'd', teamId: 'team-a', officeId: 'ny', stage: 'TODO', amountMinor: 100_000, expectedCloseDate: '2026-12-15', ...overrides });

describe('projectionColumns', () => {
  it('weights each open deal expected this month by its column, and leaves out the rest', () => {
    const columns = projectionColumns({
      deals: [
        deal({ id: '1', stage: 'IN_PROGRESS', amountMinor: 200_000 }),
        deal({ id: '2', stage: 'TODO' }),
        deal({ id: '3', stage: 'BACKLOG' }),
        deal({ id: '4', stage: 'TODO', expectedCloseDate: '2027-01-04' }),
        deal({ id: '5', stage: 'COMPLETED', outcome: 'WON', closedAt: new Date('2026-12-02T10:00:00Z') }),
      ],
      monthKey: '2026-12',
      weightsOfTeam: () => undefined,
      convert: (amount) => amount,
    });
    expect(columns).toEqual([
      { stage: 'BACKLOG', count: 1, openMinor: 100_000, weightedMinor: 0, weightPerMille: 0 },
      { stage: 'TODO', count: 1, openMinor: 100_000, weightedMinor: 30_000, weightPerMille: 300 },
      { stage: 'IN_PROGRESS', count: 1, openMinor: 200_000, weightedMinor: 160_000, weightPerMille: 800 },
    ]);
  });

  it('names no single weight when the teams weigh a column differently, and converts each deal', () => {
    const columns = projectionColumns({
      deals: [deal({ id: '1', teamId: 'team-a' }), deal({ id: '2', teamId: 'team-b', currency: 'GBP' })],
      monthKey: '2026-12',
      weightsOfTeam: (teamId) => (teamId === 'team-b' ? { BACKLOG: 0, TODO: 500, IN_PROGRESS: 900 } : undefined),
      convert: (amount, item) => (item.currency === 'GBP' ? amount * 2 : amount),
    });
    expect(columns[1]).toEqual({ stage: 'TODO', count: 2, openMinor: 300_000, weightedMinor: 30_000 + 100_000, weightPerMille: null });
  });
});
