import { createCurrencyConverter } from './currency';
import { currentSnapshot } from './history-at';
import { addMonths, DAY_MS, daysBetween, monthStartOf } from './months';
import { createPipelineFold, type PipelineFit } from './pipeline';
import { addTotals, type LevelTotals } from './shrinkage';
import type { Observation } from './survival';
import type { ForecastDeal, ForecastHistory } from './types';

// What the model needs from the deals, folded one deal at a time so that the history
// never has to be in memory at once: monthly creation counts, each creator's creation
// instants, the last two years' outcomes and won amounts, the open pipeline's bucket
// counts and open deals, and this month's wins. The deals must come as known at the
// as-of instant (dealAt) and in a fixed order: the sums and the open deals' order (which
// the simulation's draws follow) are then the same as a fit over the whole list.

export const OUTCOME_WINDOW_DAYS = 730;

export type DealFacts = {
  /** The earliest creation instant (ms), or the as-of instant when no deal is older. */
  firstCreated: number;
  /** Deals created per UTC calendar month, by the month start's instant (ms). */
  createdPerMonth: Map<number, number>;
  /** Each creator's (the first owner's) creation instants (ms), in the order seen. */
  createdBy: Map<string, number[]>;
  /** Time to close of the deals created in the outcome window (open ones censored), for the company and per team of record. */
  companyObservations: Observation[];
  observationsByTeam: Map<string, Observation[]>;
  /** Closed deals of the outcome window: won (count) out of closed (exposure). */
  wins: { company: LevelTotals; offices: Map<string, LevelTotals>; teams: Map<string, LevelTotals>; reps: Map<string, LevelTotals> };
  /** Natural logarithms of the amounts won in the outcome window (reporting minor units). */
  logAmounts: { company: number[]; office: Map<string, number[]>; team: Map<string, number[]>; rep: Map<string, number[]> };
  pipeline: PipelineFit;
  /** Deals won since the as-of month began (reporting minor units), with their owner and team of record. */
  wonThisMonth: Array<{ amount: number; ownerId: string; teamId: string }>;
};

export type DealFactsContext = Pick<ForecastHistory, 'teams' | 'exchangeRates' | 'reportingCurrency'> & { asOf: Date; months: number };

/** The month starts the model works with: the as-of month and `months` after it. */
export function forecastMonthStarts(asOf: Date, months: number): Date[] {
  return Array.from({ length: months + 1 }, (_, index) => addMonths(monthStartOf(asOf), index));
}

export function createDealFactsFold(context: DealFactsContext): { add(deal: ForecastDeal): void; finish(): DealFacts } {
  const { asOf } = context;
  const asOfTime = asOf.getTime();
  const convert = createCurrencyConverter({ rates: context.exchangeRates, reportingCurrency: context.reportingCurrency });
  const teamOffice = new Map(context.teams.map((team) => [team.id, team.officeId]));
  const monthStarts = forecastMonthStarts(asOf, context.months);
  const monthStart = (monthStarts[0] as Date).getTime();
  const outcomeFrom = asOfTime - OUTCOME_WINDOW_DAYS * DAY_MS;
  const pipeline = createPipelineFold({ asOf, monthStarts, convert });
  const push = (map: Map<string, number[]>, key: string, value: number) => {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  };
  const facts: Omit<DealFacts, 'pipeline'> = {
    firstCreated: asOfTime,
    createdPerMonth: new Map(),
    createdBy: new Map(),
    companyObservations: [],
    observationsByTeam: new Map(),
    wins: { company: { count: 0, exposure: 0 }, offices: new Map(), teams: new Map(), reps: new Map() },
    logAmounts: { company: [], office: new Map(), team: new Map(), rep: new Map() },
    wonThisMonth: [],
  };

  function add(deal: ForecastDeal): void {
    const created = deal.createdAt.getTime();
    facts.firstCreated = Math.min(facts.firstCreated, created);
    const createdMonth = monthStartOf(deal.createdAt).getTime();
    facts.createdPerMonth.set(createdMonth, (facts.createdPerMonth.get(createdMonth) ?? 0) + 1);
    const first = deal.timeline[0] as { ownerId: string };
    push(facts.createdBy, first.ownerId, created);

    if (created >= outcomeFrom) {
      const last = currentSnapshot(deal);
      const teamId = last.teamId;
      const officeId = teamOffice.get(teamId);
      const observation: Observation = { days: daysBetween(deal.createdAt, deal.closedAt ?? asOf), outcome: deal.outcome === 'WON' ? 1 : deal.outcome === 'LOST' ? 2 : 0 };
      facts.companyObservations.push(observation);
      const teamList = facts.observationsByTeam.get(teamId) ?? [];
      teamList.push(observation);
      facts.observationsByTeam.set(teamId, teamList);
      if (deal.outcome && officeId) {
        const won = deal.outcome === 'WON' ? 1 : 0;
        facts.wins.company.count += won;
        facts.wins.company.exposure += 1;
        addTotals(facts.wins.offices, officeId, won, 1);
        addTotals(facts.wins.teams, teamId, won, 1);
        addTotals(facts.wins.reps, first.ownerId, won, 1);
        if (won && deal.closedAt) {
          const amount = convert.toReporting(deal.closedAmountMinor ?? last.amountMinor, deal.currency, deal.closedAt);
          if (amount > 0) {
            const value = Math.log(amount);
            facts.logAmounts.company.push(value);
            push(facts.logAmounts.office, officeId, value);
            push(facts.logAmounts.team, teamId, value);
            push(facts.logAmounts.rep, first.ownerId, value);
          }
        }
      }
    }

    pipeline.add(deal);

    if (deal.outcome === 'WON' && deal.closedAt && deal.closedAt.getTime() >= monthStart) {
      const last = currentSnapshot(deal);
      facts.wonThisMonth.push({ amount: convert.toReporting(deal.closedAmountMinor ?? last.amountMinor, deal.currency, deal.closedAt), ownerId: last.ownerId, teamId: last.teamId });
    }
  }

  return { add, finish: () => ({ ...facts, pipeline: pipeline.finish() }) };
}

/** The facts of deals held in memory (the backtest's and the tests' path). */
export function collectDealFacts(deals: Iterable<ForecastDeal>, context: DealFactsContext): DealFacts {
  const fold = createDealFactsFold(context);
  for (const deal of deals) fold.add(deal);
  return fold.finish();
}
