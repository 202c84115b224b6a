// The deals just won, named, for a wall's celebration ("Dana Smith closed Atlas Freight
// Corp."). The wall's figures say a team's won revenue went up; these say who and what.
// Pure: the wall publisher takes them from the changes it publishes, once per publish.

export type WallWin = { dealId: string; teamId: string; officeId: string | null; repName: string; account: string; amountMinor: number };

type Change = {
  dealId: string;
  before: { outcome?: 'WON' | 'LOST' | null } | null;
  deal: { teamId: string; ownerId: string; account: string; outcome: 'WON' | 'LOST' | null; amountMinor: number; closedAmountMinor: number | null };
};

/** The changes that won a deal (it was not won before), named; a deal won twice in the batch is named once. */
export function listWallWins(
  changes: readonly Change[],
  lookup: { repName: (userId: string) => string | undefined; officeOfTeam: (teamId: string) => string | undefined },
): WallWin[] {
  const wins = new Map<string, WallWin>();
  for (const change of changes) {
    if (change.deal.outcome !== 'WON' || change.before?.outcome === 'WON') continue;
    wins.set(change.dealId, {
      dealId: change.dealId,
      teamId: change.deal.teamId,
      officeId: lookup.officeOfTeam(change.deal.teamId) ?? null,
      repName: lookup.repName(change.deal.ownerId) ?? 'Someone',
      account: change.deal.account,
      amountMinor: change.deal.closedAmountMinor ?? change.deal.amountMinor,
    });
  }
  return [...wins.values()];
}

/** The wins a wall of this scope may name: all of them on the company's, its own office's on an office wall. */
export function winsInScope(wins: readonly WallWin[], scope: { kind: 'company' } | { kind: 'office'; officeId: string }): WallWin[] {
  return scope.kind === 'company' ? [...wins] : wins.filter((win) => win.officeId === scope.officeId);
}
