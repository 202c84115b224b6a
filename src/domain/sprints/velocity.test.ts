import { describe, expect, it } from 'vitest';
import { sprintVelocity } from './velocity';

const sprint = { startsAt: new Date('2026-11-09T05:00:00Z'), endsAt: new Date('2026-11-16T05:00:00Z') };

describe('sprintVelocity', () => {
  it('counts wins and losses closed inside the window only', () => {
    const velocity = sprintVelocity({
      sprint,
      closedDeals: [
        { closedAt: new Date('2026-11-09T05:00:00Z'), outcome: 'WON', closedAmountMinor: 1_000 },
        { closedAt: new Date('2026-11-12T05:00:00Z'), outcome: 'WON', closedAmountMinor: 2_500 },
        { closedAt: new Date('2026-11-13T05:00:00Z'), outcome: 'LOST', closedAmountMinor: 9_999 },
        { closedAt: new Date('2026-11-16T05:00:00Z'), outcome: 'WON', closedAmountMinor: 7_000 },
      ],
      commitmentStatuses: ['met', 'missed', 'open'],
    });
    expect(velocity).toEqual({ wonMinor: 3_500, wonCount: 2, lostCount: 1, commitmentsMade: 3, commitmentsMet: 1, commitmentsMissed: 1 });
  });
});
