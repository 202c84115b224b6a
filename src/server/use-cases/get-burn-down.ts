import { AppError } from '@/server/errors';
import { formatMonth, monthKey, monthRangeInZone, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { burnDownSeries } from '@/domain/pacing/burn-down-series';
import { closedWonEntries, type PacingDeal } from '@/domain/pacing/deal-contributions';
import { convertMinorUnits } from '@/domain/pacing/exchange-rates';
import { projectionColumns } from '@/domain/pacing/projection-parts';
import { ZBurnDownScope, type TBurnDown } from '@/schemas/wall';
import { loadMonthWithDeals } from '@/server/wall/load-month-summary';
import { buildAllBars } from '@/server/wall/wall-bars';
import { wallTimeZone } from './get-wall-snapshot';

/**
 * The 2D burn-down of one scope (rep, team, office or company) for a month: remaining
 * revenue day by day against the ideal line, and the projection to month end. The
 * company's chart is drawn on the calendar of the office that reports in the company's
 * currency (or the first office), with every office's wins converted.
 */
export async function getBurnDown(options: { scope: unknown; month?: string | null; now?: Date }): Promise<TBurnDown> {
  const scope = ZBurnDownScope.parse(options.scope);
  const now = options.now ?? new Date();
  const current = monthStartInZone(now, await wallTimeZone({ kind: 'company' }));
  const month = options.month ? parseMonthKey(options.month) : current;
  if (!month) throw new AppError('BAD_REQUEST', 'month must look like 2026-11.');

  const { loaded, deals } = await loadMonthWithDeals({ month, now });
  const bars = buildAllBars(loaded);
  const candidates = scope.kind === 'company' ? [bars.company] : bars[`${scope.kind}s` as 'reps' | 'teams' | 'offices'];
  const found = candidates.find((candidate) => candidate.bar.id === scope.id)?.bar;
  if (!found) throw new AppError('NOT_FOUND', `No ${scope.kind} with that id has figures for ${monthKey(month)}.`);

  const office =
    loaded.offices.find((candidate) => candidate.id === found.officeId) ??
    loaded.offices.find((candidate) => candidate.currency === loaded.reportingCurrency) ??
    loaded.offices[0];
  if (!office) throw new AppError('NOT_FOUND', 'There are no offices yet.');

  const belongs = (deal: PacingDeal) =>
    scope.kind === 'company' ||
    (scope.kind === 'office' && deal.officeId === scope.id) ||
    (scope.kind === 'team' && deal.teamId === scope.id) ||
    (scope.kind === 'rep' && deal.ownerId === scope.id && deal.teamId === found.teamId);
  const zoneOf = new Map(loaded.offices.map((candidate) => [candidate.id, candidate.timeZone]));
  // The company's chart converts each office's wins at its rate; an office with no rate
  // for the month is left out, as it is from the company's bar.
  const rateOfOffice = new Map(loaded.summary.offices.map((summary) => [summary.officeId, summary.rateToReporting]));
  const wins = deals.filter((deal) => {
    if (!belongs(deal) || deal.outcome !== 'WON' || !deal.closedAt) return false;
    if (scope.kind === 'company' && (rateOfOffice.get(deal.officeId) ?? null) === null) return false;
    const range = monthRangeInZone(month, zoneOf.get(deal.officeId) ?? office.timeZone);
    return deal.closedAt >= range.start && deal.closedAt < range.end;
  });
  const closedWon = closedWonEntries(wins).map((entry, index) => {
    if (scope.kind !== 'company') return entry;
    const win = wins[index]!;
    return { ...entry, amountMinor: convertMinorUnits(entry.amountMinor, win.currency, rateOfOffice.get(win.officeId) ?? 1, loaded.reportingCurrency) };
  });

  // What the projection is made of, column by column (the wall shows only its total).
  const weightsOfTeam = new Map(loaded.teams.map((team) => [team.id, team.stageWeights]));
  const columns = projectionColumns({
    deals: deals.filter((deal) => belongs(deal) && (scope.kind !== 'company' || (rateOfOffice.get(deal.officeId) ?? null) !== null)),
    monthKey: monthKey(month),
    weightsOfTeam: (teamId) => weightsOfTeam.get(teamId),
    convert: (amountMinor, deal) =>
      scope.kind === 'company' ? convertMinorUnits(amountMinor, deal.currency, rateOfOffice.get(deal.officeId) ?? 1, loaded.reportingCurrency) : amountMinor,
  });

  return {
    scope,
    title: found.name,
    month: monthKey(month),
    monthLabel: formatMonth(month, found.locale),
    currency: found.currency,
    locale: found.locale,
    timeZone: office.timeZone,
    bar: found,
    points: burnDownSeries({
      calendar: office.calendar,
      month,
      now,
      goalMinor: found.goalMinor,
      closedWon,
      projectedMinor: found.projectedMinor,
    }),
    projection: { closedWonMinor: found.closedWonMinor, projectedMinor: found.projectedMinor, columns },
  };
}
