import { formatMoney, toMajorUnits } from '@/domain/money';
import type { TWallBar, TWallSnapshot } from '@/schemas/wall';

// How a wall bar is written and drawn: the words beside each bar (so colour is never the
// only signal) and the shared axis every bar on one wall is drawn against. Pure; the
// components only lay these out.

export type BarFigures = {
  /** "62%", or "No goal" when the scope has no goal this month. */
  percent: string;
  /** "62% of $1.2M" */
  headline: string;
  /** "$744K won" */
  won: string;
  /** "pace 55%" */
  pace: string;
  /** "projected 91%", or null without a goal. */
  projected: string | null;
  /** "ahead by 7 pts", "behind by 4 pts", "on pace", or "no goal set". */
  standing: string;
  /** Everything above in one line, for the bar's accessible name and the compact layout. */
  summary: string;
};

/** Money to the whole unit ("$70,900"): a wall has no use for cents. */
export function formatMoneyRounded(amountMinor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(
    Math.round(toMajorUnits(amountMinor, currency)),
  );
}

/** What is left of a goal, in words once the goal is beaten ("$12,000 past the goal"). */
export function describeRemaining(remainingMinor: number, currency: string, locale: string): string {
  if (remainingMinor > 0) return formatMoneyRounded(remainingMinor, currency, locale);
  if (remainingMinor === 0) return 'Goal reached';
  return `${formatMoneyRounded(-remainingMinor, currency, locale)} past the goal`;
}

/** A percentage for display: whole numbers, never "-0%". */
export function formatPercent(value: number): string {
  const rounded = Math.round(value);
  return `${rounded === 0 ? 0 : rounded}%`;
}

export function describeStanding(bar: Pick<TWallBar, 'aheadBy' | 'status' | 'goalMinor'>): string {
  if (bar.aheadBy === null || bar.goalMinor <= 0) return 'no goal set';
  const points = Math.round(Math.abs(bar.aheadBy));
  if (points === 0) return bar.status === 'ahead' ? 'on pace' : 'just behind pace';
  return `${bar.status} by ${points} ${points === 1 ? 'pt' : 'pts'}`;
}

export function describeBar(bar: TWallBar): BarFigures {
  const money = (amountMinor: number) => formatMoney(amountMinor, bar.currency, bar.locale, { compact: true });
  const won = `${money(bar.closedWonMinor)} won`;
  const pace = `pace ${formatPercent(bar.expectedPercent)}`;
  const standing = describeStanding(bar);
  if (bar.percentOfGoal === null) {
    return {
      percent: 'No goal',
      headline: 'No goal set',
      won,
      pace,
      projected: null,
      standing,
      summary: `${bar.name} · no goal set · ${won}`,
    };
  }
  const percent = formatPercent(bar.percentOfGoal);
  const headline = `${percent} of ${money(bar.goalMinor)}`;
  const projected = bar.projectedPercent === null ? null : `projected ${formatPercent(bar.projectedPercent)}`;
  return {
    percent,
    headline,
    won,
    pace,
    projected,
    standing,
    summary: [bar.name, headline, won, pace, projected, standing].filter(Boolean).join(' · '),
  };
}

/**
 * The axis maximum (in percent of goal) shared by a set of bars: at least 120% so the
 * goal line sits inside the track with room beyond it, and rounded up to a multiple of
 * 20 above the largest figure so a bar past its goal is never cut off.
 */
export function axisMaximum(bars: readonly TWallBar[]): number {
  let largest = 100;
  for (const bar of bars) {
    largest = Math.max(largest, bar.percentOfGoal ?? 0, bar.projectedPercent ?? 0, bar.expectedPercent);
  }
  return Math.max(120, Math.ceil((largest + 0.5) / 20) * 20);
}

/** The position of a percentage along a track whose end is `maximum`, clamped to 0–100 (CSS %). */
export function trackPosition(percent: number | null, maximum: number): number {
  if (percent === null || !Number.isFinite(percent) || maximum <= 0) return 0;
  return Math.min(100, Math.max(0, (percent / maximum) * 100));
}

/** The tick values of an axis: every 20% from 0 to the maximum. */
export function axisTicks(maximum: number): number[] {
  const ticks: number[] = [];
  for (let value = 0; value <= maximum; value += 20) ticks.push(value);
  return ticks;
}

export type BarGroup = { id: string; title: string | null; bars: TWallBar[] };

/**
 * Bars grouped the way a wallboard reads: teams by office, reps by team, offices on
 * their own. Bars keep the server's order within a group. One group without a title
 * when there is nothing to group by.
 */
export function groupBars(options: {
  bars: readonly TWallBar[];
  by: 'office' | 'team' | 'none';
  /** Group titles by id; the groups come in this map's order, then any others. */
  names: ReadonlyMap<string, string>;
}): BarGroup[] {
  const { bars, by, names } = options;
  if (by === 'none') return [{ id: 'all', title: null, bars: [...bars] }];
  const groups = new Map<string, BarGroup>();
  for (const bar of bars) {
    const key = (by === 'office' ? bar.officeId : bar.teamId) ?? 'none';
    let group = groups.get(key);
    if (!group) {
      group = { id: key, title: names.get(key) ?? (by === 'office' ? 'Other office' : 'No team'), bars: [] };
      groups.set(key, group);
    }
    group.bars.push(bar);
  }
  const order = [...names.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const result = [...groups.values()].sort((first, second) => rank(first.id) - rank(second.id));
  return result.length === 1 ? [{ ...result[0]!, title: null }] : result;
}

export type WallViewMode = 'teams' | 'reps' | 'offices';

/**
 * The total shown above the bars (the company's, or the office's on an office wall) and
 * the bars, grouped, for one way of looking at a snapshot. An office wall has no
 * offices view: it shows its teams.
 */
export function arrangeWall(snapshot: TWallSnapshot, view: WallViewMode): { total: TWallBar | null; groups: BarGroup[] } {
  const total = snapshot.company ?? (snapshot.scope.kind === 'office' ? (snapshot.offices[0] ?? null) : null);
  if (view === 'offices' && snapshot.scope.kind === 'company') {
    return { total, groups: [{ id: 'offices', title: null, bars: snapshot.offices }] };
  }
  if (view === 'reps') {
    return { total, groups: groupBars({ bars: snapshot.reps, by: 'team', names: new Map(snapshot.teams.map((team) => [team.id, team.name])) }) };
  }
  return { total, groups: groupBars({ bars: snapshot.teams, by: 'office', names: new Map(snapshot.offices.map((office) => [office.id, office.name])) }) };
}

/** "$120K won + $310K weighted open": the projection's two parts, for the projected figure's tooltip. */
export function describeProjectionSum(bar: Pick<TWallBar, 'closedWonMinor' | 'projectedMinor' | 'currency' | 'locale'>): string {
  const money = (amountMinor: number) => formatMoney(amountMinor, bar.currency, bar.locale, { compact: true });
  return `Projected ${money(bar.projectedMinor)} = ${money(bar.closedWonMinor)} won + ${money(bar.projectedMinor - bar.closedWonMinor)} weighted open (open deals expected this month, each counted at its column's weight). Open the bar for the parts by column.`;
}

/** A column's weight as a percentage ("80%"), or "weights vary" when the teams in the scope differ. */
export function formatWeight(weightPerMille: number | null): string {
  return weightPerMille === null ? 'weights vary by team' : `${Math.round(weightPerMille / 10)}%`;
}
