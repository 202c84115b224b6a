import type { TDealCard } from '@/schemas/deal';

// A plain open deal card for the unit tests of the board's pure parts and hooks: one rep's
// $1,000.00 deal in To do, with every field set, so a test names only what it is about.

export function buildDealCard(overrides: Partial<TDealCard> & { id: string }): TDealCard {
  return {
    account: 'Acme',
    title: 'Platform licence',
    amountMinor: 100_000,
    currency: 'USD',
    stage: 'TODO',
    outcome: null,
    closedAmountMinor: null,
    closedAt: null,
    expectedCloseDate: null,
    ownerId: 'rep-1',
    teamId: 'north',
    position: 1024,
    noteworthy: false,
    notes: '',
    version: 1,
    stageChangedAt: '2026-11-01T09:00:00.000Z',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}
