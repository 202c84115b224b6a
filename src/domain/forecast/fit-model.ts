import { probit } from 'simple-statistics';
import { ForecastError } from './forecast-error';
import { addMonths, DAY_MS, monthStartOf, MONTH_DAYS } from './months';
import { collectDealFacts, forecastMonthStarts, type DealFacts } from './deal-facts';
import { fitRamp, isValidRamp, rampAt, type RampCurve, type RepActivity } from './ramp';
import { addTotals, createHierarchicalRates, shrinkMean, type LevelTotals } from './shrinkage';
import { fitSurvival, wonBy, medianDaysToClose, type SurvivalCurve } from './survival';
import type { ForecastHistory, ForecastPerson, ForecastScope } from './types';

// Turns what was known at the as-of instant into the simulation's flat, precomputed
// parameters: per producing unit (a rep or a planned hire) the expected number of won
// deals landing in each month from deals created in each month, and a table of won
// amounts; per open deal, the chance it is won in each month. The Monte Carlo loop then
// only draws numbers and adds.

export const AMOUNT_TABLE_SIZE = 128;
const MONTH_MS = MONTH_DAYS * DAY_MS;
const RATE_WINDOW_DAYS = 365;
const RATE_HALF_LIFE_MONTHS = 4;

export type ComponentIndex = 0 | 1 | 2 | 3; // already won, open pipeline, current reps, planned hires
export const COMPONENTS = ['alreadyWon', 'pipeline', 'currentReps', 'plannedHires'] as const;

export type FittedModel = {
  asOf: Date;
  monthStarts: Date[];
  horizon: number;
  scopes: ForecastScope[];
  /** Per unit: 4 scope indexes (rep or -1, team, office, company). */
  unitScopes: Int32Array;
  unitComponent: Uint8Array;
  /** Expected won deals, index ((unit × H) + creation month) × H + win month. */
  unitBase: Float64Array;
  /** Won amounts in reporting minor units, AMOUNT_TABLE_SIZE per unit. */
  amountTable: Float64Array;
  dealScopes: Int32Array;
  dealAmount: Float64Array;
  /** Cumulative chance each open deal is won by the end of each month. */
  dealCumulative: Float64Array;
  /** Each scope's parent (rep → team → office → company; -1 for the company), for rolling up. */
  scopeParent: Int32Array;
  /** The lowest scope each unit and open deal counts in (its rep, else its team, else the company). */
  unitLeaf: Int32Array;
  dealLeaf: Int32Array;
  /** Won before the as-of instant within its month, per scope and month. */
  alreadyWon: Float64Array;
  /** Spread of the organisation-wide month-to-month shock on deal creation (log scale). */
  shockSigma: number;
  details: ModelDetails;
};

export type ModelDetails = {
  historyMonths: number;
  ramp: RampCurve;
  seasonality: number[] | null;
  winRate: number;
  medianDaysToClose: number | null;
  dealsPerRepMonth: number;
  openDeals: number;
  producingReps: number;
  plannedHires: number;
  notes: string[];
};

/** The first month whose deal creation reaches half the median month's. */
export function findDataStart(createdTimes: readonly number[], firstMonth: Date, asOf: Date): Date {
  const createdPerMonth = new Map<number, number>();
  for (const time of createdTimes) {
    const month = monthStartOf(new Date(time)).getTime();
    createdPerMonth.set(month, (createdPerMonth.get(month) ?? 0) + 1);
  }
  return findDataStartFromCounts(createdPerMonth, firstMonth, asOf);
}

/** The same from deals created per UTC month (by the month start's instant). */
export function findDataStartFromCounts(createdPerMonth: ReadonlyMap<number, number>, firstMonth: Date, asOf: Date): Date {
  const lastFull = monthStartOf(asOf).getTime();
  const counts: number[] = [];
  for (let month = firstMonth; month.getTime() < lastFull; month = addMonths(month, 1)) counts.push(createdPerMonth.get(month.getTime()) ?? 0);
  if (counts.length < 3) return firstMonth;
  const sorted = [...counts].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const index = counts.findIndex((count) => count >= median / 2);
  return addMonths(firstMonth, Math.max(0, index));
}

type Producer = { person: ForecastPerson; officeId: string; teamId: string; createdAt: number[] };

function overlapMonths(from: number, to: number, start: number, end: number): { months: number; middle: number } {
  const lower = Math.max(from, start);
  const upper = Math.min(to, end);
  if (upper <= lower) return { months: 0, middle: lower };
  return { months: (upper - lower) / MONTH_MS, middle: (lower + upper) / 2 };
}

type FitOptions = { asOf: Date; months: number; includeReps?: boolean };

function checkMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1 || months > 12) throw new ForecastError('INVALID_INPUT', 'months must be a whole number from 1 to 12.');
}

/** The model from a history held in memory, its deals as known at `asOf` (viewHistoryAt). */
export function fitForecastModel(history: ForecastHistory, options: FitOptions): FittedModel {
  checkMonths(options.months);
  const facts = collectDealFacts(history.deals, { ...history, asOf: options.asOf, months: options.months });
  return fitForecastModelFromFacts(history, facts, options);
}

/**
 * The model from the deals' facts (createDealFactsFold) and the rest of the history as
 * known at `asOf`; `history.deals` is not read.
 */
export function fitForecastModelFromFacts(history: ForecastHistory, facts: DealFacts, options: FitOptions): FittedModel {
  const { asOf } = options;
  const horizon = options.months;
  checkMonths(horizon);
  const asOfTime = asOf.getTime();
  const notes: string[] = [];
  const teamOffice = new Map(history.teams.map((team) => [team.id, team.officeId]));

  // Scopes: company, offices, teams, then reps who can still sell.
  const scopes: ForecastScope[] = [{ key: 'company', kind: 'company', id: null, name: 'Company' }];
  const scopeIndex = new Map<string, number>();
  const addScope = (scope: ForecastScope) => {
    scopeIndex.set(scope.key, scopes.length);
    scopes.push(scope);
  };
  for (const office of history.offices) addScope({ key: `office:${office.id}`, kind: 'office', id: office.id, name: office.name });
  for (const team of history.teams) addScope({ key: `team:${team.id}`, kind: 'team', id: team.id, name: team.name });

  // The history starts with the first month of real volume: a trickle of deals before it
  // (an import's or a new team's first weeks) would read as months of low output.
  const historyStart = findDataStartFromCounts(facts.createdPerMonth, monthStartOf(new Date(facts.firstCreated)), asOf);
  const historyMonths = Math.max(0, (asOfTime - historyStart.getTime()) / MONTH_MS);

  // Who produces deals: sellers with a team, and anyone with a team who created deals.
  const createdBy = facts.createdBy;
  const producers: Producer[] = [];
  for (const person of history.people) {
    if (!person.teamId) continue;
    const officeId = teamOffice.get(person.teamId);
    if (!officeId) continue;
    const createdAt = createdBy.get(person.id) ?? [];
    if (!person.sells && createdAt.length === 0) continue;
    producers.push({ person, officeId, teamId: person.teamId, createdAt: [...createdAt].sort((a, b) => a - b) });
  }
  const isActiveAt = (producer: Producer) => producer.person.deactivatedAt === null;
  if (options.includeReps !== false) {
    for (const producer of producers) {
      if (isActiveAt(producer) && producer.person.sells) addScope({ key: `rep:${producer.person.id}`, kind: 'rep', id: producer.person.id, name: producer.person.name });
    }
  }

  // Ramp.
  let ramp: RampCurve;
  if (history.rampOverride) {
    if (!isValidRamp(history.rampOverride)) throw new ForecastError('INVALID_INPUT', 'The ramp curve must hold 1 to 24 values, each between 0 and 1.');
    ramp = { values: [...history.rampOverride], source: 'override', hiresSeen: 0 };
  } else {
    const activities: RepActivity[] = producers.map((producer) => ({
      startDate: producer.person.startDate,
      observedUntil: producer.person.deactivatedAt ?? asOf,
      createdAt: producer.createdAt,
    }));
    ramp = fitRamp({ reps: activities, historyStart });
    if (ramp.source === 'default') notes.push(`The ramp curve is the default one: the history holds ${ramp.hiresSeen} hire${ramp.hiresSeen === 1 ? '' : 's'}, too few to learn from.`);
  }

  const endOf = (producer: Producer) => (producer.person.deactivatedAt ?? asOf).getTime();
  /** Ramp-weighted months a producer worked in [from, to), optionally weighted by season. */
  const exposureOf = (producer: Producer, from: number, to: number, season: number[] | null, halfLifeMonths: number | null = null) => {
    const start = producer.person.startDate.getTime();
    let total = 0;
    for (let month = monthStartOf(new Date(Math.max(from, start))); month.getTime() < Math.min(to, endOf(producer)); month = addMonths(month, 1)) {
      const overlap = overlapMonths(month.getTime(), addMonths(month, 1).getTime(), Math.max(from, start), Math.min(to, endOf(producer)));
      if (overlap.months === 0) continue;
      const recency = halfLifeMonths ? 0.5 ** ((asOfTime - overlap.middle) / MONTH_MS / halfLifeMonths) : 1;
      total += recency * overlap.months * rampAt(ramp.values, (overlap.middle - start) / MONTH_MS) * (season ? (season[month.getUTCMonth()] as number) : 1);
    }
    return total;
  };

  // Seasonality by calendar month, only with two years of history.
  let seasonality: number[] | null = null;
  if (historyMonths >= 24) {
    const counts = new Array<number>(12).fill(0);
    const exposures = new Array<number>(12).fill(0);
    for (let month = historyStart; month.getTime() < monthStartOf(asOf).getTime(); month = addMonths(month, 1)) {
      const from = month.getTime();
      const to = addMonths(month, 1).getTime();
      const calendarMonth = month.getUTCMonth();
      for (const producer of producers) {
        exposures[calendarMonth] = (exposures[calendarMonth] as number) + exposureOf(producer, from, to, null);
        for (const created of producer.createdAt) if (created >= from && created < to) counts[calendarMonth] = (counts[calendarMonth] as number) + 1;
      }
    }
    const totalCount = counts.reduce((sum, value) => sum + value, 0);
    const totalExposure = exposures.reduce((sum, value) => sum + value, 0);
    if (totalExposure > 0 && totalCount > 0) {
      const overall = totalCount / totalExposure;
      const raw = counts.map((count, index) => (count + 20 * overall) / ((exposures[index] as number) + 20) / overall);
      const mean = raw.reduce((sum, value) => sum + value, 0) / 12;
      seasonality = raw.map((value) => value / mean);
    }
  } else if (historyMonths > 0) {
    notes.push('No seasonality: it is learned once there are two years of history.');
  }
  const seasonAt = (month: Date) => (seasonality ? (seasonality[month.getUTCMonth()] as number) : 1);

  // Deal creation rates over the last year, pooled rep → team → office → company.
  // Never before the first deal: months before the data began are not months without deals.
  const rateFrom = Math.max(asOfTime - RATE_WINDOW_DAYS * DAY_MS, historyStart.getTime());
  const companyCreation: LevelTotals = { count: 0, exposure: 0 };
  const officeCreation = new Map<string, LevelTotals>();
  const teamCreation = new Map<string, LevelTotals>();
  const repCreation = new Map<string, LevelTotals>();
  for (const producer of producers) {
    // Recent months count more (half-life RATE_HALF_LIFE_MONTHS), so a growing or slowing team is followed.
    let count = 0;
    for (const time of producer.createdAt) if (time >= rateFrom && time < asOfTime) count += 0.5 ** ((asOfTime - time) / MONTH_MS / RATE_HALF_LIFE_MONTHS);
    const exposure = exposureOf(producer, rateFrom, asOfTime, seasonality, RATE_HALF_LIFE_MONTHS);
    companyCreation.count += count;
    companyCreation.exposure += exposure;
    addTotals(officeCreation, producer.officeId, count, exposure);
    addTotals(teamCreation, producer.teamId, count, exposure);
    addTotals(repCreation, producer.person.id, count, exposure);
  }
  const creation = createHierarchicalRates({
    company: companyCreation,
    offices: officeCreation,
    teams: teamCreation,
    reps: repCreation,
    strengths: { office: 6, team: 6, rep: 3 },
  });

  // Win rates and won amounts (reporting currency) over the last two years.
  const { logAmounts, observationsByTeam, companyObservations } = facts;
  const winRates = createHierarchicalRates({
    company: facts.wins.company,
    offices: facts.wins.offices,
    teams: facts.wins.teams,
    reps: facts.wins.reps,
    strengths: { office: 10, team: 10, rep: 10 },
  });
  const companyCurve = fitSurvival(companyObservations);
  const teamCurves = new Map<string, { curve: SurvivalCurve; weight: number }>();
  for (const [teamId, list] of observationsByTeam) teamCurves.set(teamId, { curve: fitSurvival(list), weight: list.length / (list.length + 200) });
  /** Chance a deal of this team created at day 0 has been won by `days` (team curve pooled with the company's). */
  const wonByForTeam = (teamId: string, days: number) => {
    const team = teamCurves.get(teamId);
    const pooled = wonBy(companyCurve, days);
    return team ? team.weight * wonBy(team.curve, days) + (1 - team.weight) * pooled : pooled;
  };

  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const companyLogs = logAmounts.company;
  const companyMu = companyLogs.length > 0 ? sum(companyLogs) / companyLogs.length : Math.log(100_000);
  const companyVariance = companyLogs.length > 1 ? sum(companyLogs.map((value) => (value - companyMu) ** 2)) / (companyLogs.length - 1) : 0.25;
  const muOf = (map: Map<string, number[]>, key: string, parent: number) => {
    const list = map.get(key) ?? [];
    return shrinkMean(sum(list), list.length, parent, 5);
  };
  const sigmaOfTeam = (teamId: string) => {
    const list = logAmounts.team.get(teamId) ?? [];
    const mean = list.length > 0 ? sum(list) / list.length : companyMu;
    const squares = sum(list.map((value) => (value - mean) ** 2));
    return Math.sqrt((squares + 10 * companyVariance) / (Math.max(0, list.length - 1) + 10));
  };
  const normalTable = Array.from({ length: AMOUNT_TABLE_SIZE }, (_, index) => probit((index + 0.5) / AMOUNT_TABLE_SIZE));

  // Producing units: current reps, then planned hires.
  const monthStarts = forecastMonthStarts(asOf, horizon);
  type Unit = { scopes: [number, number, number, number]; component: ComponentIndex; rate: number; winScale: number; teamId: string; start: number; end: number; ramp: readonly number[]; mu: number; sigma: number };
  const units: Unit[] = [];
  const teamScopesOf = (teamId: string): [number, number, number] | null => {
    const officeId = teamOffice.get(teamId);
    const team = scopeIndex.get(`team:${teamId}`);
    const office = officeId ? scopeIndex.get(`office:${officeId}`) : undefined;
    return team === undefined || office === undefined || !officeId ? null : [team, office, 0];
  };
  const teamWinRate = (teamId: string) => winRates.teamRate(teamOffice.get(teamId) ?? '', teamId);
  for (const producer of producers) {
    if (!isActiveAt(producer) || !producer.person.sells) continue;
    const teamScopes = teamScopesOf(producer.teamId);
    if (!teamScopes) continue;
    const { officeId, teamId } = producer;
    const repId = producer.person.id;
    const teamRate = teamWinRate(teamId);
    units.push({
      scopes: [scopeIndex.get(`rep:${repId}`) ?? -1, ...teamScopes],
      component: 2,
      rate: creation.repRate(officeId, teamId, repId),
      winScale: teamRate > 0 ? winRates.repRate(officeId, teamId, repId) / teamRate : 0,
      teamId,
      start: producer.person.startDate.getTime(),
      end: Number.POSITIVE_INFINITY,
      ramp: ramp.values,
      mu: muOf(logAmounts.rep, repId, muOf(logAmounts.team, teamId, muOf(logAmounts.office, officeId, companyMu))),
      sigma: sigmaOfTeam(teamId),
    });
  }
  let plannedHireCount = 0;
  for (const hire of history.plannedHires) {
    const teamScopes = teamScopesOf(hire.teamId);
    const officeId = teamOffice.get(hire.teamId);
    if (!teamScopes || !officeId) continue;
    if (hire.rampOverride && !isValidRamp(hire.rampOverride)) throw new ForecastError('INVALID_INPUT', 'A planned hire’s ramp curve must hold 1 to 24 values, each between 0 and 1.');
    for (let index = 0; index < hire.count; index += 1) {
      plannedHireCount += 1;
      units.push({
        scopes: [-1, ...teamScopes],
        component: 3,
        rate: creation.teamRate(officeId, hire.teamId),
        winScale: 1,
        teamId: hire.teamId,
        start: hire.startDate.getTime(),
        end: Number.POSITIVE_INFINITY,
        ramp: hire.rampOverride ?? ramp.values,
        mu: muOf(logAmounts.team, hire.teamId, muOf(logAmounts.office, officeId, companyMu)),
        sigma: sigmaOfTeam(hire.teamId),
      });
    }
  }

  const unitCount = units.length;
  const unitScopes = new Int32Array(unitCount * 4);
  const unitComponent = new Uint8Array(unitCount);
  const unitBase = new Float64Array(unitCount * horizon * horizon);
  const amountTable = new Float64Array(unitCount * AMOUNT_TABLE_SIZE);
  units.forEach((unit, unitIndex) => {
    unitScopes.set(unit.scopes, unitIndex * 4);
    unitComponent[unitIndex] = unit.component;
    for (let index = 0; index < AMOUNT_TABLE_SIZE; index += 1) {
      amountTable[unitIndex * AMOUNT_TABLE_SIZE + index] = Math.exp(unit.mu + unit.sigma * (normalTable[index] as number));
    }
    for (let created = 0; created < horizon; created += 1) {
      const monthStart = created === 0 ? asOfTime : (monthStarts[created] as Date).getTime();
      const overlap = overlapMonths(monthStart, (monthStarts[created + 1] as Date).getTime(), unit.start, unit.end);
      if (overlap.months === 0) continue;
      const expectedCreated =
        unit.rate * overlap.months * rampAt(unit.ramp, (overlap.middle - unit.start) / MONTH_MS) * seasonAt(monthStarts[created] as Date);
      for (let won = created; won < horizon; won += 1) {
        const from = Math.max(0, ((monthStarts[won] as Date).getTime() - overlap.middle) / DAY_MS);
        const to = ((monthStarts[won + 1] as Date).getTime() - overlap.middle) / DAY_MS;
        const chance = Math.min(1, unit.winScale * (wonByForTeam(unit.teamId, to) - wonByForTeam(unit.teamId, from)));
        unitBase[(unitIndex * horizon + created) * horizon + won] = expectedCreated * Math.max(0, chance);
      }
    }
  });

  // Open pipeline and what was already won this month.
  const pipeline = facts.pipeline;
  const dealCount = pipeline.deals.length;
  const dealScopes = new Int32Array(dealCount * 4);
  const dealAmount = new Float64Array(dealCount);
  const dealCumulative = new Float64Array(dealCount * horizon);
  pipeline.deals.forEach((deal, index) => {
    const teamScopes = teamScopesOf(deal.teamId) ?? [-1, -1, 0];
    dealScopes.set([scopeIndex.get(`rep:${deal.ownerId}`) ?? -1, ...teamScopes], index * 4);
    dealAmount[index] = deal.amount;
    let cumulative = 0;
    for (let month = 0; month < horizon; month += 1) {
      cumulative += deal.chanceByMonth[month] as number;
      dealCumulative[index * horizon + month] = cumulative;
    }
  });
  const alreadyWon = new Float64Array(scopes.length * horizon);
  const monthStart = (monthStarts[0] as Date).getTime();
  for (const { amount, ownerId, teamId } of facts.wonThisMonth) {
    const teamScopes = teamScopesOf(teamId) ?? [-1, -1, 0];
    for (const scope of [scopeIndex.get(`rep:${ownerId}`) ?? -1, ...teamScopes]) if (scope >= 0) alreadyWon[scope * horizon] = (alreadyWon[scope * horizon] as number) + amount;
  }

  // The organisation-wide shock: how much more monthly deal creation varied over the
  // last two years than independent reps would explain.
  let shockSigma = 0.1;
  const shockMonths: Array<{ count: number; expected: number }> = [];
  for (let month = addMonths(monthStartOf(asOf), -24); month.getTime() < monthStart; month = addMonths(month, 1)) {
    if (month.getTime() < historyStart.getTime()) continue;
    const from = month.getTime();
    const to = addMonths(month, 1).getTime();
    let count = 0;
    let exposure = 0;
    for (const producer of producers) {
      exposure += exposureOf(producer, from, to, seasonality);
      for (const created of producer.createdAt) if (created >= from && created < to) count += 1;
    }
    shockMonths.push({ count, expected: exposure });
  }
  const shockCount = sum(shockMonths.map((month) => month.count));
  const shockExposure = sum(shockMonths.map((month) => month.expected));
  if (shockMonths.length >= 6 && shockExposure > 0) {
    const rate = shockCount / shockExposure;
    let squares = 0;
    let expectedTotal = 0;
    let expectedSquares = 0;
    for (const month of shockMonths) {
      const expected = month.expected * rate;
      squares += (month.count - expected) ** 2;
      expectedTotal += expected;
      expectedSquares += expected ** 2;
    }
    shockSigma = Math.min(0.6, Math.sqrt(Math.max(0, (squares - expectedTotal) / Math.max(expectedSquares, 1e-9))));
  }
  if (historyMonths < 3) {
    shockSigma = Math.max(shockSigma, 0.45);
    notes.push('Less than three months of history: the bands are deliberately wide, and the figures will firm up as deals close.');
  }

  const teamOfRep = new Map(producers.map((producer) => [producer.person.id, producer.teamId]));
  const scopeParent = Int32Array.from(scopes, (scope) => {
    if (scope.kind === 'company') return -1;
    if (scope.kind === 'office') return 0;
    if (scope.kind === 'team') return scopeIndex.get(`office:${teamOffice.get(scope.id ?? '') ?? ''}`) ?? 0;
    return scopeIndex.get(`team:${teamOfRep.get(scope.id ?? '') ?? ''}`) ?? 0;
  });
  const leafOf = (scopesOf: Int32Array, index: number) => {
    for (let level = 0; level < 4; level += 1) {
      const scope = scopesOf[index * 4 + level] as number;
      if (scope >= 0) return scope;
    }
    return 0;
  };
  const unitLeaf = Int32Array.from({ length: unitCount }, (_, index) => leafOf(unitScopes, index));
  const dealLeaf = Int32Array.from({ length: dealCount }, (_, index) => leafOf(dealScopes, index));
  const producingReps = units.filter((unit) => unit.component === 2).length;
  return {
    asOf,
    monthStarts: monthStarts.slice(0, horizon),
    horizon,
    scopes,
    unitScopes,
    unitComponent,
    unitBase,
    amountTable,
    dealScopes,
    dealAmount,
    dealCumulative,
    scopeParent,
    unitLeaf,
    dealLeaf,
    alreadyWon,
    shockSigma,
    details: {
      historyMonths: Math.floor(historyMonths),
      ramp,
      seasonality,
      winRate: creation.companyRate > 0 ? winRates.companyRate : 0,
      medianDaysToClose: medianDaysToClose(companyCurve),
      dealsPerRepMonth: creation.companyRate,
      openDeals: dealCount,
      producingReps,
      plannedHires: plannedHireCount,
      notes,
    },
  };
}

