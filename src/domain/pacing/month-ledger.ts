import { monthKey, monthRangeInZone } from '@/domain/calendar';
import {
  checkStageWeights,
  closedWonAmountMinor,
  defaultStageWeights,
  isClosedWonWithin,
  isOpenAndExpectedIn,
  weightedOpenAmountMinor,
  type PacingDeal,
  type StageWeights,
} from './deal-contributions';
import { convertMinorUnits, findRateToReporting, type ExchangeRate } from './exchange-rates';
import { checkInstant, paceOf } from './pace';
import { isDomainError } from '@/domain/domain-error';
import { PacingError } from './pacing-error';
import { scopeProgress } from './scope-progress';
import { checkCalendar, toMonthStart, type CheckedCalendar, type MonthInput, type OfficeCalendar } from './working-days';
import type { MonthSummary, OfficeSummary } from './month-summary';

// One month's running totals, kept up to date one deal at a time.
//
// The ledger remembers what every deal it has seen adds to the month (its closed-won
// revenue or its weighted open amount, in its rep's row). Applying a deal's new state
// takes back what the deal added before and adds what it adds now, so a change costs
// the same whatever the month holds, and the totals are always exactly those of the
// deals' latest states: the same figures a summary computed from scratch gives
// (summarizeScopes is built on this ledger; month-ledger.test.ts checks the equality
// for arbitrary histories). Pace is applied only when summarising, because it moves with
// the clock while the totals do not.

export type LedgerOffice = { id: string; currency: string; calendar: OfficeCalendar };
export type LedgerTeam = { id: string; officeId: string; stageWeights?: StageWeights };
export type LedgerRep = { userId: string; teamId: string };
export type LedgerGoal = { userId: string; teamId: string; officeId: string; amountMinor: number; currency: string };

export type MonthLedgerOptions = {
  month: MonthInput;
  offices: readonly LedgerOffice[];
  teams: readonly LedgerTeam[];
  reps: readonly LedgerRep[];
  goals: readonly LedgerGoal[];
  exchangeRates: readonly ExchangeRate[];
  reportingCurrency: string;
};

type Totals = { goalMinor: number; closedWonMinor: number; weightedOpenMinor: number };
type Row = { userId: string; teamId: string; totals: Totals; isListed: boolean; contributors: number };
type Contribution = { rowKey: string; closedWonMinor: number; weightedOpenMinor: number };
type DealEntry = { version: number | undefined; deal: PacingDeal | null; contribution: Contribution | null };
/** rateToReporting is null when the office's currency has no rate for the month (see createMonthLedger). */
type OfficeFacts = { office: LedgerOffice; calendar: CheckedCalendar; range: { start: Date; end: Date }; rateToReporting: number | null };

export type MonthLedger = {
  readonly monthStart: Date;
  /** "YYYY-MM". */
  readonly month: string;
  readonly reportingCurrency: string;
  readonly offices: ReadonlyMap<string, OfficeFacts>;
  readonly teams: ReadonlyMap<string, { team: LedgerTeam; weights: StageWeights }>;
  readonly rows: Map<string, Row>;
  /** Every deal seen, with the version applied last (a deal that adds nothing is kept as a tombstone). */
  readonly deals: Map<string, DealEntry>;
};

const rowKeyOf = (userId: string, teamId: string) => JSON.stringify([userId, teamId]);

/**
 * An empty ledger for a month: every listed rep and every goal has its row; deals are
 * added with applyDeal. Throws PacingError like summarizeScopes for offices, teams,
 * reps, goals and exchange rates that do not fit together. An office whose currency has
 * no rate for the month is not an error: its figures stay in its own currency and are
 * left out of the company's (summarizeLedger lists it under `missingRates`).
 */
export function createMonthLedger(options: MonthLedgerOptions): MonthLedger {
  const monthStart = toMonthStart(options.month);
  const offices = new Map(
    options.offices.map((office) => {
      const calendar = checkCalendar(office.calendar);
      const facts: OfficeFacts = {
        office,
        calendar,
        range: monthRangeInZone(monthStart, calendar.timeZone),
        rateToReporting: rateOrNull(options, office.currency, monthStart),
      };
      return [office.id, facts] as const;
    }),
  );
  const ledger: MonthLedger = {
    monthStart,
    month: monthKey(monthStart),
    reportingCurrency: options.reportingCurrency,
    offices,
    teams: new Map(),
    rows: new Map(),
    deals: new Map(),
  };
  const teams = ledger.teams as Map<string, { team: LedgerTeam; weights: StageWeights }>;
  for (const team of options.teams) {
    officeOf(ledger, team.officeId, `Team ${team.id}`);
    teams.set(team.id, { team, weights: checkStageWeights(team.stageWeights ?? defaultStageWeights, `team ${team.id}`) });
  }
  for (const rep of options.reps) {
    teamOf(ledger, rep.teamId, `Rep ${rep.userId}`);
    listedRow(ledger, rep.userId, rep.teamId);
  }
  for (const goal of options.goals) {
    placeAmount(ledger, goal, `The goal of rep ${goal.userId}`, [goal.amountMinor]);
    listedRow(ledger, goal.userId, goal.teamId).totals.goalMinor += goal.amountMinor;
  }
  return ledger;
}

/**
 * Sets one deal's state: `deal` as it is now, or null when it no longer belongs to the
 * month's deals (deleted, or moved out of the month). With a version, a state older than
 * (or as old as) the one applied last is ignored, so replaying a change is harmless.
 * Returns whether the state was applied. Throws PacingError for a deal that does not fit
 * its team, office and currency (the ledger is then unchanged).
 */
export function applyDeal(ledger: MonthLedger, dealId: string, deal: PacingDeal | null, version?: number): boolean {
  const entry = ledger.deals.get(dealId);
  if (version !== undefined && entry?.version !== undefined && version <= entry.version) return false;
  const contribution = deal ? contributionOf(ledger, deal) : null;
  if (entry?.contribution) withdraw(ledger, entry.contribution);
  if (contribution) add(ledger, contribution);
  ledger.deals.set(dealId, { version, deal, contribution });
  return true;
}

/** The deals whose latest state belongs to the month (not the tombstones). */
export function ledgerDeals(ledger: MonthLedger): PacingDeal[] {
  const deals: PacingDeal[] = [];
  for (const entry of ledger.deals.values()) if (entry.deal) deals.push(entry.deal);
  return deals;
}

/**
 * Every scope's progress at `now` (see summarizeScopes for the rules). Rows are in the
 * order of the listed reps, then of the goals, then the deal-only rows ordered by rep
 * and team id.
 */
export function summarizeLedger(ledger: MonthLedger, now: Date): MonthSummary {
  checkInstant(now);
  const paces = new Map([...ledger.offices].map(([officeId, facts]) => [officeId, paceOf(facts.calendar, ledger.monthStart, now)]));

  const listed: Row[] = [];
  const dealOnly: { key: string; row: Row }[] = [];
  for (const [key, row] of ledger.rows) {
    if (row.isListed) listed.push(row);
    else if (row.contributors > 0) dealOnly.push({ key, row });
  }
  dealOnly.sort((first, second) => (first.key < second.key ? -1 : first.key > second.key ? 1 : 0));
  const rows = [...listed, ...dealOnly.map(({ row }) => row)];

  const teamTotals = new Map([...ledger.teams.keys()].map((teamId) => [teamId, emptyTotals()]));
  for (const row of rows) addTotals(teamTotals.get(row.teamId), row.totals);
  const officeTotals = new Map([...ledger.offices.keys()].map((officeId) => [officeId, emptyTotals()]));
  for (const [teamId, { team }] of ledger.teams) addTotals(officeTotals.get(team.officeId), teamTotals.get(teamId));

  const companyTotals = emptyTotals();
  let weightedPaceSum = 0;
  let paceSum = 0;
  let convertedOffices = 0;
  const officeSummaries: OfficeSummary[] = [];
  const missingRates = new Map<string, string[]>();
  for (const [officeId, { office, rateToReporting }] of ledger.offices) {
    const pace = paces.get(officeId)!;
    const totals = officeTotals.get(officeId) ?? emptyTotals();
    officeSummaries.push({ officeId, currency: office.currency, rateToReporting, progress: progressOf(totals, pace) });
    if (rateToReporting === null) {
      // No rate: the office keeps its own currency, and the company total leaves it out.
      missingRates.set(office.currency, [...(missingRates.get(office.currency) ?? []), officeId]);
      continue;
    }
    const convert = (amountMinor: number) => convertMinorUnits(amountMinor, office.currency, rateToReporting, ledger.reportingCurrency);
    const converted = {
      goalMinor: convert(totals.goalMinor),
      closedWonMinor: convert(totals.closedWonMinor),
      weightedOpenMinor: convert(totals.weightedOpenMinor),
    };
    addTotals(companyTotals, converted);
    weightedPaceSum += converted.goalMinor * pace;
    paceSum += pace;
    convertedOffices += 1;
  }
  const companyPace =
    companyTotals.goalMinor > 0 ? weightedPaceSum / companyTotals.goalMinor : convertedOffices > 0 ? paceSum / convertedOffices : 0;

  const officeFacts = (officeId: string) => ({ currency: officeOf(ledger, officeId, `Office ${officeId}`).office.currency, pace: paces.get(officeId)! });
  return {
    month: ledger.month,
    reps: rows.map(({ userId, teamId, totals }) => {
      const { officeId } = teamOf(ledger, teamId, `Rep ${userId}`).team;
      const { currency, pace } = officeFacts(officeId);
      return { userId, teamId, officeId, currency, progress: progressOf(totals, pace) };
    }),
    teams: [...ledger.teams.values()].map(({ team }) => {
      const { currency, pace } = officeFacts(team.officeId);
      const totals = teamTotals.get(team.id) ?? emptyTotals();
      return { teamId: team.id, officeId: team.officeId, currency, progress: progressOf(totals, pace) };
    }),
    offices: officeSummaries,
    company: {
      currency: ledger.reportingCurrency,
      progress: progressOf(companyTotals, Math.min(1, Math.max(0, companyPace))),
      missingRates: [...missingRates].map(([currency, officeIds]) => ({ currency, officeIds })),
    },
  };
}

function rateOrNull(options: MonthLedgerOptions, currency: string, monthStart: Date): number | null {
  try {
    return findRateToReporting({ rates: options.exchangeRates, currency, month: monthStart, reportingCurrency: options.reportingCurrency });
  } catch (error) {
    if (isDomainError(error, 'pacing') && error.code === 'MISSING_EXCHANGE_RATE') return null;
    throw error;
  }
}

function contributionOf(ledger: MonthLedger, deal: PacingDeal): Contribution | null {
  const office = placeAmount(ledger, deal, `Deal ${deal.id}`, [deal.amountMinor, deal.closedAmountMinor ?? 0]);
  const rowKey = rowKeyOf(deal.ownerId, deal.teamId);
  if (isClosedWonWithin(deal, office.range)) return { rowKey, closedWonMinor: closedWonAmountMinor(deal), weightedOpenMinor: 0 };
  if (isOpenAndExpectedIn(deal, ledger.month)) {
    const { weights } = teamOf(ledger, deal.teamId, `Deal ${deal.id}`);
    return { rowKey, closedWonMinor: 0, weightedOpenMinor: weightedOpenAmountMinor(deal, weights) };
  }
  return null;
}

function add(ledger: MonthLedger, contribution: Contribution): void {
  let row = ledger.rows.get(contribution.rowKey);
  if (!row) {
    const [userId, teamId] = JSON.parse(contribution.rowKey) as [string, string];
    row = { userId, teamId, totals: emptyTotals(), isListed: false, contributors: 0 };
    ledger.rows.set(contribution.rowKey, row);
  }
  row.contributors += 1;
  row.totals.closedWonMinor += contribution.closedWonMinor;
  row.totals.weightedOpenMinor += contribution.weightedOpenMinor;
}

function withdraw(ledger: MonthLedger, contribution: Contribution): void {
  const row = ledger.rows.get(contribution.rowKey)!;
  row.contributors -= 1;
  row.totals.closedWonMinor -= contribution.closedWonMinor;
  row.totals.weightedOpenMinor -= contribution.weightedOpenMinor;
  if (!row.isListed && row.contributors === 0) ledger.rows.delete(contribution.rowKey);
}

function listedRow(ledger: MonthLedger, userId: string, teamId: string): Row {
  const key = rowKeyOf(userId, teamId);
  let row = ledger.rows.get(key);
  if (!row) {
    row = { userId, teamId, totals: emptyTotals(), isListed: true, contributors: 0 };
    ledger.rows.set(key, row);
  }
  return row;
}

function officeOf(ledger: MonthLedger, officeId: string, owner: string): OfficeFacts {
  const office = ledger.offices.get(officeId);
  if (!office) throw new PacingError('INVALID_INPUT', `${owner} belongs to office ${officeId}, which is not in the summary.`);
  return office;
}

function teamOf(ledger: MonthLedger, teamId: string, owner: string) {
  const team = ledger.teams.get(teamId);
  if (!team) throw new PacingError('INVALID_INPUT', `${owner} belongs to team ${teamId}, which is not in the summary.`);
  return team;
}

/** Checks an amount's team, office and currency against each other; returns its office. */
function placeAmount(ledger: MonthLedger, item: { teamId: string; officeId: string; currency: string }, owner: string, amounts: number[]) {
  const { team } = teamOf(ledger, item.teamId, owner);
  if (item.officeId !== team.officeId) {
    throw new PacingError('INVALID_INPUT', `${owner} is recorded in office ${item.officeId}, but its team ${team.id} is in office ${team.officeId}.`);
  }
  const office = officeOf(ledger, team.officeId, owner);
  if (item.currency !== office.office.currency) {
    throw new PacingError('INVALID_INPUT', `${owner} is in ${item.currency}, but office ${team.officeId} works in ${office.office.currency}.`);
  }
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) {
      throw new PacingError('INVALID_INPUT', `${owner} has an amount that is not a whole number of minor units (${amount}).`);
    }
  }
  return office;
}

/** Written out rather than spread: this runs for every rep on every publish, and spreads are slow in Node. */
function progressOf(totals: Totals, pace: number) {
  return scopeProgress({ goalMinor: totals.goalMinor, closedWonMinor: totals.closedWonMinor, weightedOpenMinor: totals.weightedOpenMinor, pace });
}

function emptyTotals(): Totals {
  return { goalMinor: 0, closedWonMinor: 0, weightedOpenMinor: 0 };
}

function addTotals(target: Totals | undefined, source: Totals | undefined): void {
  if (!target || !source) return;
  target.goalMinor += source.goalMinor;
  target.closedWonMinor += source.closedWonMinor;
  target.weightedOpenMinor += source.weightedOpenMinor;
}
