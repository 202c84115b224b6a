import { describe, expect, it } from 'vitest';
import { listWallWins, winsInScope } from './wall-wins';

const deal = (overrides: Partial<{ teamId: string; ownerId: string; account: string; outcome: 'WON' | 'LOST' | null; amountMinor: number; closedAmountMinor: number | null }>) => ({
  teamId: 'ny-enterprise',
  ownerId: 'dana',
  account: 'Atlas Freight Corp.',
  outcome: 'WON' as const,
  amountMinor: 100_000,
  closedAmountMinor: null,
  ...overrides,
});
const lookup = {
  repName: (userId: string) => ({ dana: 'Dana Smith' })[userId],
  officeOfTeam: (teamId: string) => ({ 'ny-enterprise': 'ny', 'london-smb': 'london' })[teamId],
};

describe('listWallWins', () => {
  it('names each deal just won, with the amount actually closed', () => {
    const wins = listWallWins(
      [
        { dealId: 'a', before: { outcome: null }, deal: deal({ closedAmountMinor: 95_000 }) },
        { dealId: 'b', before: { outcome: null }, deal: deal({ outcome: 'LOST' }) },
        { dealId: 'c', before: { outcome: 'WON' }, deal: deal({ account: 'Edited after the win' }) },
        { dealId: 'd', before: null, deal: deal({ ownerId: 'gone', teamId: 'london-smb', account: 'Imported win' }) },
      ],
      lookup,
    );
    expect(wins).toEqual([
      { dealId: 'a', teamId: 'ny-enterprise', officeId: 'ny', repName: 'Dana Smith', account: 'Atlas Freight Corp.', amountMinor: 95_000 },
      { dealId: 'd', teamId: 'london-smb', officeId: 'london', repName: 'Someone', account: 'Imported win', amountMinor: 100_000 },
    ]);
    expect(winsInScope(wins, { kind: 'office', officeId: 'london' }).map((win) => win.dealId)).toEqual(['d']);
    expect(winsInScope(wins, { kind: 'company' })).toHaveLength(2);
  });
});
