import type { CommitmentStatus } from './commitments';
import { isWithinSprint, type SprintWindow } from './sprint-calendar';

// Sprint history: what a team or rep closed in each sprint (velocity) and how often
// their commitments were met.

export type ClosedDealFacts = { closedAt: Date; outcome: 'WON' | 'LOST'; closedAmountMinor: number };

export type SprintVelocity = {
  wonMinor: number;
  wonCount: number;
  lostCount: number;
  commitmentsMade: number;
  commitmentsMet: number;
  commitmentsMissed: number;
};

export function sprintVelocity(options: {
  sprint: Pick<SprintWindow, 'startsAt' | 'endsAt'>;
  closedDeals: readonly ClosedDealFacts[];
  commitmentStatuses: readonly CommitmentStatus[];
}): SprintVelocity {
  const velocity: SprintVelocity = { wonMinor: 0, wonCount: 0, lostCount: 0, commitmentsMade: 0, commitmentsMet: 0, commitmentsMissed: 0 };
  for (const deal of options.closedDeals) {
    if (!isWithinSprint(deal.closedAt, options.sprint)) continue;
    if (deal.outcome === 'WON') {
      velocity.wonMinor += deal.closedAmountMinor;
      velocity.wonCount += 1;
    } else {
      velocity.lostCount += 1;
    }
  }
  for (const status of options.commitmentStatuses) {
    velocity.commitmentsMade += 1;
    if (status === 'met') velocity.commitmentsMet += 1;
    if (status === 'missed') velocity.commitmentsMissed += 1;
  }
  return velocity;
}
