import type { TWallBar, TWallChanges, TWallFigures, TWallSnapshot, TWallWin } from '@/schemas/wall';
import { wallScopeKey } from '@/domain/pacing/wall-bar-key';
import { toWallBar, wallBarFiguresFromRow } from '@/domain/pacing/wall-bar-figures';

// The rules a live wall applies to the figures the server pushes. Pure, so they are
// tested without a socket.

/**
 * Whether a pushed snapshot may replace the one on screen. Figures never move backwards:
 * an older sequence is ignored. An equal sequence is accepted, because the server
 * refreshes the pace every 30 seconds without a new deal event. A later month replaces
 * an earlier one (the month turned over while the wall was open); another scope never
 * replaces this one.
 */
export function canReplaceSnapshot(shown: TWallSnapshot, incoming: TWallSnapshot): boolean {
  if (wallScopeKey(incoming.scope) !== wallScopeKey(shown.scope)) return false;
  if (incoming.month !== shown.month) return incoming.month > shown.month;
  return incoming.sequence >= shown.sequence;
}

/**
 * The snapshot on screen with the figures of a live update: each bar keeps its name and
 * colours and takes the figures its row stands for. Null when the update is for other
 * bars than the ones shown (another layout: a team renamed, a rep joined, another scope
 * or month); the wall then asks for the whole snapshot. Whether the result may replace
 * what is shown is `canReplaceSnapshot`'s to say.
 */
export function applyFigures(shown: TWallSnapshot, figures: TWallFigures): TWallSnapshot | null {
  if (figures.layout !== shown.layout || figures.month !== shown.month || wallScopeKey(figures.scope) !== wallScopeKey(shown.scope)) return null;
  const barCount = (shown.company ? 1 : 0) + shown.offices.length + shown.teams.length + shown.reps.length;
  if (barCount !== figures.rows.length) return null;
  let index = 0;
  const rebuild = (bars: readonly TWallBar[]) => bars.map((bar) => toWallBar(bar, wallBarFiguresFromRow(figures.rows[index++]!)));
  const company = shown.company ? toWallBar(shown.company, wallBarFiguresFromRow(figures.rows[index++]!)) : null;
  return {
    scope: shown.scope,
    month: shown.month,
    monthLabel: shown.monthLabel,
    generatedAt: figures.generatedAt,
    sequence: figures.sequence,
    isCurrentMonth: shown.isCurrentMonth,
    company,
    missingRates: shown.missingRates,
    offices: rebuild(shown.offices),
    teams: rebuild(shown.teams),
    reps: rebuild(shown.reps),
    layout: shown.layout,
  };
}

/**
 * The snapshot on screen with the bars a live update changed (`wall:changes`). Null unless
 * the wall shows exactly the update the changes build on (the same layout, month and
 * scope, and the `generatedAt` they name) and every change names a bar on screen; the
 * wall then asks for the whole snapshot.
 */
export function applyChanges(shown: TWallSnapshot, changes: TWallChanges): TWallSnapshot | null {
  if (changes.since !== shown.generatedAt) return null;
  if (changes.layout !== shown.layout || changes.month !== shown.month || wallScopeKey(changes.scope) !== wallScopeKey(shown.scope)) return null;
  const companyCount = shown.company ? 1 : 0;
  const barCount = companyCount + shown.offices.length + shown.teams.length + shown.reps.length;
  if (changes.changed.some(([index]) => index >= barCount)) return null;
  const byIndex = new Map(changes.changed.map(([index, ...row]) => [index, row] as const));
  let index = 0;
  const next = (bar: TWallBar) => {
    const row = byIndex.get(index++);
    return row ? toWallBar(bar, wallBarFiguresFromRow(row)) : bar;
  };
  const company = shown.company ? next(shown.company) : null;
  return {
    ...shown,
    generatedAt: changes.generatedAt,
    sequence: changes.sequence,
    company,
    offices: shown.offices.map(next),
    teams: shown.teams.map(next),
    reps: shown.reps.map(next),
  };
}

/** A team whose closed-won figure went up between two snapshots of the same month. */
export type TeamWin = {
  teamId: string;
  teamName: string;
  amountMinor: number;
  currency: string;
  locale: string;
  colour: string;
  /** Who closed what, when the update named the deal (the latest one, and how many more). */
  named?: { repName: string; account: string; others: number };
};

/** The team wins with the names the update carried: the rep and account of the team's latest win. */
export function nameTeamWins(wins: readonly TeamWin[], named: readonly TWallWin[] | undefined): TeamWin[] {
  if (!named || named.length === 0) return [...wins];
  return wins.map((win) => {
    const ofTeam = named.filter((entry) => entry.teamId === win.teamId);
    const latest = ofTeam.at(-1);
    return latest ? { ...win, named: { repName: latest.repName, account: latest.account, others: ofTeam.length - 1 } } : win;
  });
}

/** The teams that closed (more) won business between two snapshots of one month. */
export function findTeamWins(previous: TWallSnapshot, next: TWallSnapshot): TeamWin[] {
  if (previous.month !== next.month || next.sequence <= previous.sequence) return [];
  const before = new Map(previous.teams.map((team) => [team.id, team.closedWonMinor]));
  const wins: TeamWin[] = [];
  for (const team of next.teams) {
    const earlier = before.get(team.id);
    if (earlier === undefined || team.closedWonMinor <= earlier) continue;
    wins.push({
      teamId: team.id,
      teamName: team.name,
      amountMinor: team.closedWonMinor - earlier,
      currency: team.currency,
      locale: team.locale,
      colour: team.colour,
    });
  }
  return wins;
}
