import type { PacingDeal } from './deal-contributions';

// A plain pacing deal for the unit tests beside the pacing rules.

/** An open deal in progress, 10,000.00 USD expected on 20 November 2026; a test overrides what it is about. */
export function buildPacingDeal(overrides: Partial<PacingDeal> = {}): PacingDeal {
  return {
    id: 'deal',
    ownerId: 'rep',
    teamId: 'team',
    officeId: 'office',
    currency: 'USD',
    stage: 'IN_PROGRESS',
    outcome: null,
    amountMinor: 1_000_000,
    closedAmountMinor: null,
    closedAt: null,
    expectedCloseDate: '2026-11-20',
    ...overrides,
  };
}
