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
import { PacingError } from './pacing-error';
import { scopeProgress, type ScopeProgress } from './scope-progress';
import { checkCalendar, toMonthStart, type MonthInput, type OfficeCalendar } from './working-days';

// One month's progress for every scope at once: each rep in each team, each team, each
// office in its own currency and the company in the reporting currency. Reps roll up
// into their team, teams into their office, offices (converted) into the company, so a
// scope's totals are always exactly the sum of the scopes below it.

export type PacingOffice = { id: string; currency: string; calendar: OfficeCalendar };
/** A team; its stage weights default to BACKLOG 0, TODO 300, IN_PROGRESS 800 per mille. */
export type PacingTeam = { id: string; officeId: string; stageWeights?: StageWeights };
/** A rep listed in a team, shown even with no goal and no deals this month. */
export type PacingRep = { userId: string; teamId: string };
/** One rep's goal for the month being summarised, in the office's currency. */
export type RepGoal = { userId: string; teamId: string; officeId: string; amountMinor: number; currency: string };

export type RepSummary = { userId: string; teamId: string; officeId: string; currency: string; progress: ScopeProgress };
export type TeamSummary = { teamId: string; officeId: string; currency: string; progress: ScopeProgress };
export type OfficeSummary = { officeId: string; currency: string; rateToReporting: number; progress: ScopeProgress };
export type CompanySummary = { currency: string; progress: ScopeProgress };

export type MonthSummary = {
  /** "YYYY-MM". */
  month: string;
  reps: RepSummary[];
  teams: TeamSummary[];
  offices: OfficeSummary[];
  company: CompanySummary;
};

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

type Totals = { goalMinor: number; closedWonMinor: number; weightedOpenMinor: number };

/**
 * Progress of every rep, team, office and the company for a month at `now`.
 *
 * - Closed-won: deals with outcome WON whose closedAt falls inside the month in their
 *   office's time zone, counting closedAmountMinor (else amountMinor).
 * - Projection: closed-won + Σ open deals whose expectedCloseDate is in the month ×
 *   their team's stage weight (each rounded to a whole minor unit).
 * - A rep's row is per (userId, teamId): goals count for the goal's team of record, deals
 *   for the deal's team of record, so a rep who changed teams mid-month has two rows.
 *   Rows are in the order of `reps`, then of first appearance in goals and deals.
 * - Pace: a rep and a team take their office's pace. The company's pace is the average
 *   of office paces weighted by each office's goal in the reporting currency (the plain
 *   average when no office has a goal, 0 without offices).
 * - Company money: each office's totals are converted once, with that office currency's
 *   rate for the month, and rounded to whole minor units of the reporting currency.
 *
 * Throws PacingError: MISSING_EXCHANGE_RATE when an office's currency has no rate for
 * the month; INVALID_INPUT when a goal or deal names an unknown team, an office other
 * than its team's, or a currency other than its office's, or for an amount that is not
 * a whole number of minor units.
 */
export function summarizeScopes(options: SummarizeScopesOptions): MonthSummary {
  const monthStart = toMonthStart(options.month);
  const key = monthKey(monthStart);
  const now = checkInstant(options.now);

  const offices = new Map(
    options.offices.map((office) => {
      const calendar = checkCalendar(office.calendar);
      return [
        office.id,
        {
          office,
          range: monthRangeInZone(monthStart, calendar.timeZone),
          pace: paceOf(calendar, monthStart, now),
          rateToReporting: findRateToReporting({
            rates: options.exchangeRates,
            currency: office.currency,
            month: monthStart,
            reportingCurrency: options.reportingCurrency,
          }),
        },
      ] as const;
    }),
  );
  const officeOf = (officeId: string, owner: string) => {
    const office = offices.get(officeId);
    if (!office) throw new PacingError('INVALID_INPUT', `${owner} belongs to office ${officeId}, which is not in the summary.`);
    return office;
  };
  const teams = new Map(
    options.teams.map((team) => {
      officeOf(team.officeId, `Team ${team.id}`);
      return [team.id, { team, weights: checkStageWeights(team.stageWeights ?? defaultStageWeights, `team ${team.id}`) }] as const;
    }),
  );
  const teamOf = (teamId: string, owner: string) => {
    const team = teams.get(teamId);
    if (!team) throw new PacingError('INVALID_INPUT', `${owner} belongs to team ${teamId}, which is not in the summary.`);
    return team;
  };
  /** Checks an amount's team, office and currency against each other; returns its office. */
  const placeAmount = (item: { teamId: string; officeId: string; currency: string }, owner: string, amounts: number[]) => {
    const { team } = teamOf(item.teamId, owner);
    if (item.officeId !== team.officeId) {
      throw new PacingError(
        'INVALID_INPUT',
        `${owner} is recorded in office ${item.officeId}, but its team ${team.id} is in office ${team.officeId}.`,
      );
    }
    const office = officeOf(team.officeId, owner);
    if (item.currency !== office.office.currency) {
      throw new PacingError(
        'INVALID_INPUT',
        `${owner} is in ${item.currency}, but office ${team.officeId} works in ${office.office.currency}.`,
      );
    }
    for (const amount of amounts) {
      if (!Number.isSafeInteger(amount)) {
        throw new PacingError('INVALID_INPUT', `${owner} has an amount that is not a whole number of minor units (${amount}).`);
      }
    }
    return office;
  };

  const repRows = new Map<string, { userId: string; teamId: string; totals: Totals }>();
  const repRow = (userId: string, teamId: string) => {
    const rowKey = JSON.stringify([userId, teamId]);
    let row = repRows.get(rowKey);
    if (!row) {
      row = { userId, teamId, totals: emptyTotals() };
      repRows.set(rowKey, row);
    }
    return row;
  };

  for (const rep of options.reps) {
    teamOf(rep.teamId, `Rep ${rep.userId}`);
    repRow(rep.userId, rep.teamId);
  }
  for (const goal of options.goals) {
    placeAmount(goal, `The goal of rep ${goal.userId}`, [goal.amountMinor]);
    repRow(goal.userId, goal.teamId).totals.goalMinor += goal.amountMinor;
  }
  for (const deal of options.deals) {
    const office = placeAmount(deal, `Deal ${deal.id}`, [deal.amountMinor, deal.closedAmountMinor ?? 0]);
    if (isClosedWonWithin(deal, office.range)) {
      repRow(deal.ownerId, deal.teamId).totals.closedWonMinor += closedWonAmountMinor(deal);
    } else if (isOpenAndExpectedIn(deal, key)) {
      const { weights } = teamOf(deal.teamId, `Deal ${deal.id}`);
      repRow(deal.ownerId, deal.teamId).totals.weightedOpenMinor += weightedOpenAmountMinor(deal, weights);
    }
  }

  const teamTotals = new Map([...teams.keys()].map((teamId) => [teamId, emptyTotals()]));
  for (const row of repRows.values()) addTotals(teamTotals.get(row.teamId), row.totals);
  const officeTotals = new Map([...offices.keys()].map((officeId) => [officeId, emptyTotals()]));
  for (const [teamId, { team }] of teams) addTotals(officeTotals.get(team.officeId), teamTotals.get(teamId));

  const companyTotals = emptyTotals();
  let weightedPaceSum = 0;
  let paceSum = 0;
  const officeSummaries: OfficeSummary[] = [];
  for (const [officeId, { office, pace, rateToReporting }] of offices) {
    const totals = officeTotals.get(officeId) ?? emptyTotals();
    const convert = (amountMinor: number) =>
      convertMinorUnits(amountMinor, office.currency, rateToReporting, options.reportingCurrency);
    const converted = {
      goalMinor: convert(totals.goalMinor),
      closedWonMinor: convert(totals.closedWonMinor),
      weightedOpenMinor: convert(totals.weightedOpenMinor),
    };
    addTotals(companyTotals, converted);
    weightedPaceSum += converted.goalMinor * pace;
    paceSum += pace;
    officeSummaries.push({ officeId, currency: office.currency, rateToReporting, progress: scopeProgress({ ...totals, pace }) });
  }
  const companyPace =
    companyTotals.goalMinor > 0 ? weightedPaceSum / companyTotals.goalMinor : offices.size > 0 ? paceSum / offices.size : 0;

  const officeFacts = (officeId: string) => {
    const { office, pace } = officeOf(officeId, `Office ${officeId}`);
    return { currency: office.currency, pace };
  };
  return {
    month: key,
    reps: [...repRows.values()].map(({ userId, teamId, totals }) => {
      const { officeId } = teamOf(teamId, `Rep ${userId}`).team;
      const { currency, pace } = officeFacts(officeId);
      return { userId, teamId, officeId, currency, progress: scopeProgress({ ...totals, pace }) };
    }),
    teams: [...teams.values()].map(({ team }) => {
      const { currency, pace } = officeFacts(team.officeId);
      const totals = teamTotals.get(team.id) ?? emptyTotals();
      return { teamId: team.id, officeId: team.officeId, currency, progress: scopeProgress({ ...totals, pace }) };
    }),
    offices: officeSummaries,
    company: {
      currency: options.reportingCurrency,
      progress: scopeProgress({ ...companyTotals, pace: Math.min(1, Math.max(0, companyPace)) }),
    },
  };
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
