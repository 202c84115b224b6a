import type { PacingDeal } from './deal-contributions';
import type { ExchangeRate } from './exchange-rates';
import { checkInstant } from './pace';
import type { MonthInput } from './working-days';
import { applyDeal, createMonthLedger, summarizeLedger } from './month-ledger';
import type { MonthSummary, PacingOffice, PacingRep, PacingTeam, RepGoal } from './month-summary';

// One month's progress for every scope at once: each rep in each team, each team, each
// office in its own currency and the company in the reporting currency. Reps roll up
// into their team, teams into their office, offices (converted) into the company, so a
// scope's totals are always exactly the sum of the scopes below it.

export type {
  CompanySummary,
  MissingRate,
  MonthSummary,
  OfficeSummary,
  PacingOffice,
  PacingRep,
  PacingTeam,
  RepGoal,
  RepSummary,
  TeamSummary,
} from './month-summary';

export type SummarizeScopesOptions = {
  month: MonthInput;
  now: Date;
  offices: readonly PacingOffice[];
  teams: readonly PacingTeam[];
  reps: readonly PacingRep[];
  /** The goals of `month`. */
  goals: readonly RepGoal[];
  /** Deals not deleted; any month (only those that count towards `month` are used). */
  deals: readonly PacingDeal[];
  exchangeRates: readonly ExchangeRate[];
  reportingCurrency: string;
};

/**
 * Progress of every rep, team, office and the company for a month at `now`.
 *
 * - Closed-won: deals with outcome WON whose closedAt falls inside the month in their
 *   office's time zone, counting closedAmountMinor (else amountMinor).
 * - Projection: closed-won + Σ open deals whose expectedCloseDate is in the month ×
 *   their team's stage weight (each rounded to a whole minor unit).
 * - A rep's row is per (userId, teamId): goals count for the goal's team of record, deals
 *   for the deal's team of record, so a rep who changed teams mid-month has two rows.
 *   Rows are in the order of `reps`, then of first appearance in goals, then the rows
 *   only deals add, ordered by rep and team id (so the order never depends on the order
 *   the deals come in, and a running ledger orders them the same way).
 * - Pace: a rep and a team take their office's pace. The company's pace is the average
 *   of office paces weighted by each office's goal in the reporting currency (the plain
 *   average when no office has a goal, 0 without offices).
 * - Company money: each office's totals are converted once, with that office currency's
 *   rate for the month, and rounded to whole minor units of the reporting currency.
 *
 * - An office whose currency has no rate for the month keeps its figures in its own
 *   currency; the company's figures leave it out and name it in `missingRates`, so one
 *   office without a rate never takes the whole wall down.
 *
 * Throws PacingError INVALID_INPUT when a goal or deal names an unknown team, an office other
 * than its team's, or a currency other than its office's, or for an amount that is not
 * a whole number of minor units.
 */
export function summarizeScopes(options: SummarizeScopesOptions): MonthSummary {
  checkInstant(options.now);
  const ledger = createMonthLedger(options);
  for (const deal of options.deals) applyDeal(ledger, deal.id, deal);
  return summarizeLedger(ledger, options.now);
}
