import type { ScopeProgress } from '@/domain/pacing/scope-progress';
import type { TWallBar, TWallScope, TWallSnapshot } from '@/schemas/wall';
import { formatMonth, monthKey } from '@/domain/calendar';
import type { LoadedMonth } from './load-month-summary';

function bar(
  identity: Pick<TWallBar, 'kind' | 'id' | 'name' | 'colour' | 'officeId' | 'teamId' | 'currency' | 'locale'>,
  progress: ScopeProgress,
): TWallBar {
  return {
    ...identity,
    goalMinor: progress.goalMinor,
    closedWonMinor: progress.closedWonMinor,
    remainingMinor: progress.remainingMinor,
    projectedMinor: progress.projectedMinor,
    percentOfGoal: progress.percentOfGoal,
    expectedPercent: progress.expectedPercent,
    projectedPercent: progress.projectedPercent,
    aheadBy: progress.aheadBy,
    status: progress.status,
  };
}

/** The locale the company's figures are written in: the office that reports in its own currency. */
export function companyLocale(loaded: LoadedMonth): string {
  return loaded.offices.find((office) => office.currency === loaded.reportingCurrency)?.locale ?? loaded.offices[0]?.locale ?? 'en-US';
}

/** Every bar of the month, before it is narrowed to one wall's scope. */
export function buildAllBars(loaded: LoadedMonth) {
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
  const reps = loaded.summary.reps.map((summary) => {
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

/** The snapshot one wall shows: the company's, or one office's teams and reps. */
export function toWallSnapshot(loaded: LoadedMonth, scope: TWallScope, now: Date, isCurrentMonth: boolean): TWallSnapshot {
  const all = buildAllBars(loaded);
  const inScope = (officeId: string | null) => scope.kind === 'company' || officeId === scope.officeId;
  const locale = scope.kind === 'office' ? (loaded.offices.find((office) => office.id === scope.officeId)?.locale ?? 'en-US') : companyLocale(loaded);
  return {
    scope,
    month: monthKey(loaded.month),
    monthLabel: formatMonth(loaded.month, locale),
    generatedAt: now.toISOString(),
    sequence: loaded.sequence,
    isCurrentMonth,
    company: scope.kind === 'company' ? all.company : null,
    offices: all.offices.filter((office) => inScope(office.officeId)),
    teams: all.teams.filter((team) => inScope(team.officeId)),
    reps: all.reps.filter((rep) => inScope(rep.officeId)),
  };
}
