import { convertMinorUnits } from '@/domain/pacing/exchange-rates';

// Admin edits that would put money in one currency into an office that works in another
// (docs/reliability.md). The wall adds up amounts per office, so every goal and deal must
// be in its office's currency. What is still ahead when a person moves (open deals,
// goals of this month and later) is converted at this month's rates, as part of the
// same change; what is history (a team's or an office's closed deals and past goals) is
// never rewritten, so edits that would need that are refused with the reason.

/** Rates to the reporting currency, per major unit, by currency (the reporting currency itself may be left out). */
export type RatesToReporting = ReadonlyMap<string, number>;

/**
 * How many units of `to` one unit (major) of `from` is worth, through the reporting
 * currency; null when either currency has no rate.
 */
export function crossRate(options: { from: string; to: string; ratesToReporting: RatesToReporting; reportingCurrency: string }): number | null {
  const { from, to, ratesToReporting, reportingCurrency } = options;
  if (from === to) return 1;
  const rateOf = (currency: string) => (currency === reportingCurrency ? 1 : (ratesToReporting.get(currency) ?? null));
  const fromRate = rateOf(from);
  const toRate = rateOf(to);
  if (fromRate === null || toRate === null || !(fromRate > 0) || !(toRate > 0)) return null;
  return fromRate / toRate;
}

/** The currencies among `from` that cannot be converted into `to` (theirs or its rate is missing). */
export function missingRatesFor(options: { from: readonly string[]; to: string; ratesToReporting: RatesToReporting; reportingCurrency: string }): string[] {
  const missing = new Set<string>();
  for (const currency of new Set(options.from)) {
    if (currency === options.to) continue;
    if (crossRate({ ...options, from: currency }) !== null) continue;
    for (const candidate of [currency, options.to]) {
      if (candidate !== options.reportingCurrency && !options.ratesToReporting.has(candidate)) missing.add(candidate);
    }
  }
  return [...missing].sort();
}

/** An amount in minor units of `from`, in whole minor units of `to` (rounded once). */
export function convertAmount(amountMinor: number, from: string, to: string, rate: number): number {
  return from === to ? amountMinor : convertMinorUnits(amountMinor, from, rate, to);
}

/**
 * Why an office's currency may not change: it already has deals or goals, which are in
 * the old currency. Null when nothing is recorded in it yet (or the currency is the same).
 */
export function refusalToChangeOfficeCurrency(options: { officeName: string; from: string; to: string; dealCount: number; goalCount: number }): string | null {
  const { officeName, from, to, dealCount, goalCount } = options;
  if (from === to || dealCount + goalCount === 0) return null;
  return (
    `${officeName} already has ${describeRecords(dealCount, goalCount)} in ${from}, so its currency cannot change to ${to}: ` +
    `the wall would add ${from} and ${to} together. Create a new office in ${to} and move people to its teams instead (their open deals and goals are converted).`
  );
}

/**
 * Why a team may not move to an office with another currency: its deals and goals are in
 * the old one. Null when the currencies match or the team has nothing recorded yet.
 */
export function refusalToMoveTeamAcrossCurrencies(options: {
  teamName: string;
  officeName: string;
  from: string;
  to: string;
  dealCount: number;
  goalCount: number;
}): string | null {
  const { teamName, officeName, from, to, dealCount, goalCount } = options;
  if (from === to || dealCount + goalCount === 0) return null;
  return (
    `${teamName} has ${describeRecords(dealCount, goalCount)} in ${from}, and ${officeName} works in ${to}, so the team cannot move there: ` +
    `its history would be in the wrong currency. Move its people to a team in ${officeName} instead (their open deals and goals are converted).`
  );
}

function describeRecords(dealCount: number, goalCount: number): string {
  const parts = [
    dealCount > 0 ? `${dealCount} deal${dealCount === 1 ? '' : 's'}` : null,
    goalCount > 0 ? `${goalCount} goal${goalCount === 1 ? '' : 's'}` : null,
  ].filter((part): part is string => part !== null);
  return parts.join(' and ');
}
