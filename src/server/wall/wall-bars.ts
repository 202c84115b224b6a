import { createHash } from 'node:crypto';
import type { ScopeProgress } from '@/domain/pacing/scope-progress';
import { toWallBar, toWallBarRow, wallBarFigures, type WallBarIdentity, type WallBarRow } from '@/domain/pacing/wall-bar-figures';
import type { TWallBar, TWallFigures, TWallScope, TWallSnapshot } from '@/schemas/wall';
import { formatMonth, monthKey } from '@/domain/calendar';
import type { LoadedMonth } from './load-month-summary';

/** A bar, and the progress its figures came from (which a live update sends as a row). */
export type WallBarEntry = { bar: TWallBar; progress: ScopeProgress };

function bar(identity: WallBarIdentity, progress: ScopeProgress): WallBarEntry {
  return { bar: toWallBar(identity, wallBarFigures(progress)), progress };
}

/** The locale the company's figures are written in: the office that reports in its own currency. */
export function companyLocale(loaded: LoadedMonth): string {
  return loaded.offices.find((office) => office.currency === loaded.reportingCurrency)?.locale ?? loaded.offices[0]?.locale ?? 'en-US';
}

/** Every bar of the month, before it is narrowed to one wall's scope (the reps' only when asked for). */
export function buildAllBars(loaded: LoadedMonth, withReps = true) {
  const officeById = new Map(loaded.offices.map((office) => [office.id, office]));
  const teamById = new Map(loaded.teams.map((team) => [team.id, team]));
  const offices = loaded.summary.offices.map((summary) => {
    const office = officeById.get(summary.officeId)!;
    return bar(
      { kind: 'office', id: office.id, name: office.name, colour: '#334155', officeId: office.id, teamId: null, currency: summary.currency, locale: office.locale },
      summary.progress,
    );
  });
  const teams = loaded.summary.teams.map((summary) => {
    const team = teamById.get(summary.teamId)!;
    const office = officeById.get(summary.officeId)!;
    return bar(
      { kind: 'team', id: team.id, name: team.name, colour: team.colour, officeId: office.id, teamId: team.id, currency: summary.currency, locale: office.locale },
      summary.progress,
    );
  });
  const reps = (withReps ? loaded.summary.reps : []).map((summary) => {
    const rep = loaded.reps.get(summary.userId);
    const office = officeById.get(summary.officeId)!;
    return bar(
      {
        kind: 'rep',
        id: summary.userId,
        name: rep?.name ?? 'Former rep',
        colour: rep?.colour ?? '#64748b',
        officeId: office.id,
        teamId: summary.teamId,
        currency: summary.currency,
        locale: office.locale,
      },
      summary.progress,
    );
  });
  const company = bar(
    {
      kind: 'company',
      id: 'company',
      name: 'Company',
      colour: '#0f172a',
      officeId: null,
      teamId: null,
      currency: loaded.summary.company.currency,
      locale: companyLocale(loaded),
    },
    loaded.summary.company.progress,
  );
  return { company, offices, teams, reps };
}

export type WallDetail = 'full' | 'teams';

/** One wall's figures, whole and as a live update. */
export type WallCut = { snapshot: TWallSnapshot; figures: TWallFigures };

/**
 * The snapshot one wall shows: the company's, or one office's teams and reps (`teams`
 * leaves the reps out, as TV screens show team bars only), with the same figures as a
 * live update that applies to it.
 */
export function cutWall(loaded: LoadedMonth, scope: TWallScope, now: Date, isCurrentMonth: boolean, detail: WallDetail = 'full'): WallCut {
  const all = buildAllBars(loaded, detail === 'full');
  const inScope = (entry: WallBarEntry) => scope.kind === 'company' || entry.bar.officeId === scope.officeId;
  const locale = scope.kind === 'office' ? (loaded.offices.find((office) => office.id === scope.officeId)?.locale ?? 'en-US') : companyLocale(loaded);
  const company = scope.kind === 'company' ? all.company : null;
  const offices = all.offices.filter(inScope);
  const teams = all.teams.filter(inScope);
  const reps = all.reps.filter(inScope);
  const month = monthKey(loaded.month);
  const monthLabel = formatMonth(loaded.month, locale);
  const ordered = [...(company ? [company] : []), ...offices, ...teams, ...reps];
  const officeName = new Map(loaded.offices.map((office) => [office.id, office.name]));
  const missingRates = loaded.summary.company.missingRates
    .map(({ currency, officeIds }) => ({
      currency,
      offices: officeIds
        .filter((officeId) => scope.kind === 'company' || officeId === scope.officeId)
        .map((officeId) => ({ id: officeId, name: officeName.get(officeId) ?? officeId })),
    }))
    .filter((entry) => entry.offices.length > 0);
  const layout = layoutKey({ scope, month, monthLabel, isCurrentMonth, detail, missingRates, bars: ordered.map((entry) => identityOf(entry.bar)) });
  const generatedAt = now.toISOString();
  const bars = (entries: WallBarEntry[]) => entries.map((entry) => entry.bar);
  return {
    snapshot: {
      scope,
      month,
      monthLabel,
      generatedAt,
      sequence: loaded.sequence,
      isCurrentMonth,
      company: company ? company.bar : null,
      missingRates,
      offices: bars(offices),
      teams: bars(teams),
      reps: bars(reps),
      layout,
    },
    figures: {
      scope,
      month,
      generatedAt,
      sequence: loaded.sequence,
      layout,
      rows: ordered.map((entry): WallBarRow => toWallBarRow(entry.progress)),
    },
  };
}

export function toWallSnapshot(loaded: LoadedMonth, scope: TWallScope, now: Date, isCurrentMonth: boolean, detail: WallDetail = 'full'): TWallSnapshot {
  return cutWall(loaded, scope, now, isCurrentMonth, detail).snapshot;
}

function identityOf(bar: TWallBar): WallBarIdentity {
  return { kind: bar.kind, id: bar.id, name: bar.name, colour: bar.colour, officeId: bar.officeId, teamId: bar.teamId, currency: bar.currency, locale: bar.locale };
}

/** Everything about a wall but its figures, as a short key: equal keys, interchangeable bars. */
function layoutKey(parts: object): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}
