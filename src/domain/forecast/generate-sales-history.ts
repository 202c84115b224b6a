import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { addMonths, DAY_MS, monthKey, MONTH_DAYS } from './months';
import type { DealSnapshot, ForecastDeal, ForecastHistory, ForecastPerson, SprintForecast } from './types';

// An independent generator of sales history for the forecast's tests and its accuracy
// figures. It is not the demo's generator: reps create deals day by day as a Poisson
// process scaled by a true ramp curve, a calendar-month season and a monthly market
// shock; each deal is won with the rep's own chance after an exponential time, at a
// log-normal amount. Because every one of those is known, so is the expected revenue of
// each month (`expectedByMonth`), the best any forecast could do: its error against the
// actual revenue is the noise floor.

export type GeneratorOptions = {
  seed?: number;
  /** First day of the history (UTC). */
  start?: Date;
  months?: number;
  /** Log-scale spread of the monthly market shock on deal creation. */
  shockSigma?: number;
  /** Reps each team had when the history began (5 by default). */
  foundingRepsPerTeam?: number;
};

export const TRUE_RAMP: readonly number[] = [0.2, 0.45, 0.65, 0.8, 0.9, 1];
export const TRUE_SEASON: readonly number[] = [0.85, 0.95, 1.1, 1.05, 1, 1.05, 0.9, 0.85, 1.1, 1.1, 1.05, 0.95];
const MEAN_DAYS_TO_CLOSE = 45;
const EUR_RATE = 1.1;

export type GeneratedHistory = {
  history: ForecastHistory;
  /** Expected won revenue per month key, company and per team id, in reporting minor units. */
  expectedByMonth: Map<string, { company: number; teams: Map<string, number> }>;
  /** The instant the history ends (its data is complete before it). */
  end: Date;
};

export function generateSalesHistory(options: GeneratorOptions = {}): GeneratedHistory {
  const seed = options.seed ?? 7;
  const start = options.start ?? new Date(Date.UTC(2022, 0, 1));
  const months = options.months ?? 48;
  const shockSigma = options.shockSigma ?? 0.08;
  const rng = xoroshiro128plus(seed);
  const uniform = () => ((rng.next() >>> 0) + 0.5) / 4_294_967_296;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = uniform();
    while (product > limit) {
      count += 1;
      product *= uniform();
    }
    return count;
  };
  const end = addMonths(start, months);

  const offices = [
    { id: 'o-ny', name: 'New York', currency: 'USD' },
    { id: 'o-ber', name: 'Berlin', currency: 'EUR' },
  ];
  const teams = [
    { id: 't-ny-1', name: 'Hudson', officeId: 'o-ny' },
    { id: 't-ny-2', name: 'Brooklyn', officeId: 'o-ny' },
    { id: 't-ber-1', name: 'Spree', officeId: 'o-ber' },
    { id: 't-ber-2', name: 'Mitte', officeId: 'o-ber' },
  ];
  const currencyOfTeam = (teamId: string) => (teamId.startsWith('t-ny') ? 'USD' : 'EUR');
  const rateOf = (currency: string) => (currency === 'USD' ? 1 : EUR_RATE);

  type Rep = ForecastPerson & { teamId: string; rate: number; winChance: number; mu: number; sigma: number };
  const reps: Rep[] = [];
  let repNumber = 0;
  const addRep = (teamId: string, startDate: Date, deactivatedAt: Date | null) => {
    repNumber += 1;
    reps.push({
      id: `rep-${repNumber}`,
      name: `Rep ${repNumber}`,
      teamId,
      sells: true,
      startDate,
      deactivatedAt,
      rate: 6 + 3 * uniform(),
      winChance: 0.25 + 0.15 * uniform(),
      mu: Math.log(currencyOfTeam(teamId) === 'USD' ? 1_200_000 : 1_000_000) + 0.3 * normal(),
      sigma: 0.45,
    });
  };
  // Founding reps started long before the history; hires join every few months, and a few leave.
  for (const team of teams) for (let index = 0; index < (options.foundingRepsPerTeam ?? 5); index += 1) addRep(team.id, addMonths(start, -24 - index), null);
  for (let month = 1; month < months; month += 1) {
    const team = teams[month % teams.length] as { id: string };
    addRep(team.id, new Date(addMonths(start, month).getTime() + 9 * DAY_MS), null);
  }
  for (const index of [1, 6, 11]) {
    const rep = reps[index] as Rep;
    rep.deactivatedAt = addMonths(start, Math.min(months - 2, 14 + index * 2));
  }

  const shocks = Array.from({ length: months }, () => Math.exp(shockSigma * normal() - (shockSigma * shockSigma) / 2));
  const expectedByMonth = new Map<string, { company: number; teams: Map<string, number> }>();
  for (let month = 0; month < months + 12; month += 1) expectedByMonth.set(monthKey(addMonths(start, month)), { company: 0, teams: new Map() });
  const addExpected = (key: string, teamId: string, amount: number) => {
    const entry = expectedByMonth.get(key);
    if (!entry) return;
    entry.company += amount;
    entry.teams.set(teamId, (entry.teams.get(teamId) ?? 0) + amount);
  };
  const monthStarts = Array.from({ length: months + 13 }, (_, index) => addMonths(start, index).getTime());

  const deals: ForecastDeal[] = [];
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS);
  let dealNumber = 0;
  for (const rep of reps) {
    const teammates = reps.filter((other) => other.teamId === rep.teamId && other.id !== rep.id && other.deactivatedAt === null);
    const heir = teammates[0];
    for (let day = 0; day < days; day += 1) {
      const time = start.getTime() + (day + 0.5) * DAY_MS;
      if (time < rep.startDate.getTime()) continue;
      if (rep.deactivatedAt && time >= rep.deactivatedAt.getTime()) break;
      const monthIndex = Math.floor(((new Date(time).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(time).getUTCMonth() - start.getUTCMonth()));
      const monthsSinceStart = (time - rep.startDate.getTime()) / (MONTH_DAYS * DAY_MS);
      const ramp = monthsSinceStart < TRUE_RAMP.length ? (TRUE_RAMP[Math.floor(monthsSinceStart)] as number) : 1;
      const meanPerDay = (rep.rate * ramp * (TRUE_SEASON[new Date(time).getUTCMonth()] as number)) / MONTH_DAYS;
      // Expected revenue: deals created today, won with the rep's chance, spread over months by the exponential delay.
      const expectedAmount = Math.exp(rep.mu + (rep.sigma * rep.sigma) / 2) * rateOf(currencyOfTeam(rep.teamId));
      for (let month = monthIndex; month < monthStarts.length - 1; month += 1) {
        const from = Math.max(0, ((monthStarts[month] as number) - time) / DAY_MS);
        const to = ((monthStarts[month + 1] as number) - time) / DAY_MS;
        const chance = Math.exp(-from / MEAN_DAYS_TO_CLOSE) - Math.exp(-to / MEAN_DAYS_TO_CLOSE);
        if (chance < 1e-6) break;
        addExpected(monthKey(new Date(monthStarts[month] as number)), rep.teamId, meanPerDay * rep.winChance * expectedAmount * chance);
      }
      const count = poisson(meanPerDay * (shocks[monthIndex] as number));
      for (let index = 0; index < count; index += 1) {
        dealNumber += 1;
        const createdAt = new Date(time + (uniform() - 0.5) * DAY_MS * 0.9);
        const isWon = uniform() < rep.winChance;
        const amountMinor = Math.max(100, Math.round(Math.exp(rep.mu + rep.sigma * normal())));
        const closeAt = new Date(createdAt.getTime() - Math.log(uniform()) * MEAN_DAYS_TO_CLOSE * DAY_MS);
        const snapshot = (at: Date, stage: DealSnapshot['stage'], ownerId: string): DealSnapshot => ({ at, stage, amountMinor, ownerId, teamId: rep.teamId, expectedCloseDate: null });
        const timeline: DealSnapshot[] = [snapshot(createdAt, uniform() < 0.5 ? 'BACKLOG' : 'TODO', rep.id)];
        // Deals that will be won reach In progress part of the way to their close.
        if (isWon) timeline.push(snapshot(new Date(createdAt.getTime() + (closeAt.getTime() - createdAt.getTime()) * (0.3 + 0.5 * uniform())), 'IN_PROGRESS', rep.id));
        if (rep.deactivatedAt && closeAt.getTime() > rep.deactivatedAt.getTime() && heir) {
          const last = timeline[timeline.length - 1] as DealSnapshot;
          if (last.at.getTime() > rep.deactivatedAt.getTime()) last.ownerId = heir.id;
          else timeline.push({ ...last, at: rep.deactivatedAt, ownerId: heir.id });
          timeline.sort((a, b) => a.at.getTime() - b.at.getTime());
        }
        const isClosed = closeAt.getTime() < end.getTime();
        timeline.push({ ...(timeline[timeline.length - 1] as DealSnapshot), at: closeAt, stage: 'COMPLETED' });
        deals.push({
          id: `deal-${dealNumber}`,
          currency: currencyOfTeam(rep.teamId),
          createdAt,
          outcome: isClosed ? (isWon ? 'WON' : 'LOST') : null,
          closedAt: isClosed ? closeAt : null,
          closedAmountMinor: isClosed && isWon ? amountMinor : null,
          deletedAt: null,
          // What happens after the history ends is not known yet.
          timeline: isClosed ? timeline : timeline.slice(0, -1).filter((entry, position) => position === 0 || entry.at.getTime() < end.getTime()),
        });
      }
    }
  }

  const sprintForecasts: SprintForecast[] = [];
  for (let month = 0; month < months; month += 1) {
    const monthStart = addMonths(start, month);
    const key = monthKey(monthStart);
    for (const rep of reps) {
      if (rep.startDate.getTime() > monthStart.getTime() || (rep.deactivatedAt && rep.deactivatedAt.getTime() <= monthStart.getTime())) continue;
      const teamExpected = expectedByMonth.get(key)?.teams.get(rep.teamId) ?? 0;
      const active = reps.filter((other) => other.teamId === rep.teamId && other.startDate.getTime() <= monthStart.getTime() && !(other.deactivatedAt && other.deactivatedAt.getTime() <= monthStart.getTime())).length;
      // Reps commit to a cautious, noisy share of what their team can be expected to win.
      const commit = (0.85 * teamExpected * Math.exp(0.3 * normal())) / Math.max(1, active) / rateOf(currencyOfTeam(rep.teamId));
      sprintForecasts.push({ userId: rep.id, teamId: rep.teamId, month: monthStart, commitMinor: Math.round(commit), currency: currencyOfTeam(rep.teamId), createdAt: new Date(monthStart.getTime() + 2 * DAY_MS) });
    }
  }

  const history: ForecastHistory = {
    reportingCurrency: 'USD',
    offices,
    teams,
    people: reps.map(({ id, name, teamId, sells, startDate, deactivatedAt }) => ({ id, name, teamId, sells, startDate, deactivatedAt })),
    deals,
    exchangeRates: Array.from({ length: months }, (_, month) => ({ currency: 'EUR', month: addMonths(start, month), rateToReporting: EUR_RATE })),
    plannedHires: [],
    sprintForecasts,
    rampOverride: null,
  };
  return { history, expectedByMonth, end };
}
