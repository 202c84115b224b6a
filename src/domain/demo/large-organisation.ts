// The large organisation for measuring Cadence at scale (`npm run db:seed -- --size large`):
// 1,000 sellers in 100 teams and 10 offices in different time zones, four years of monthly
// goals, about 700,000 deals and the events that walked each one through the columns, and
// an open pipeline in every column. Pure and deterministic like the demo (the same `today`
// and size give the same rows, ids included), but built to stream: the small tables come
// back whole, the deals one at a time through a callback, so the seed can write them in
// batches without holding 700,000 deals and two million events at once.
//
// It is simpler than the demo on purpose (no leavers, no ramp-up, an even spread of
// closes over working days): its job is volume with the demo's shapes, not a story.

import { demoLogins } from './demo-logins';
import { firstNames, lastNames, companyStems, companyTrades, dealTitles } from './demo-vocabulary';
import { listPublicHolidaysBetween, type HolidayCountry } from './public-holidays';
import { fromDayNumber, isWorkingDayNumber, localDayAt, localMinuteAt, localTimeToInstant, toDayNumber, type OfficeCalendar } from './office-calendar';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import type { DealOutcome, DealRecord, DealStage, ExchangeRateRecord, GoalRecord, HolidayRecord, OfficeRecord, OrganizationRecord, TeamRecord, UserRecord } from './record-builders';

export type LargeOrganisationSize = 'large' | 'tiny';

export type LargeShape = {
  offices: number;
  teamsPerOffice: number;
  /** Sellers a team: one lead and the rest reps. */
  sellersPerTeam: number;
  /** Whole months of history before the current one. */
  monthsOfHistory: number;
  /** Open deals a seller holds in each open column. */
  openPerColumn: number;
  wonPerMonth: [number, number];
  lostPerMonth: [number, number];
};

export const largeShapes: Record<LargeOrganisationSize, LargeShape> = {
  large: { offices: 10, teamsPerOffice: 10, sellersPerTeam: 10, monthsOfHistory: 48, openPerColumn: 10, wonPerMonth: [6, 10], lostPerMonth: [4, 8] },
  tiny: { offices: 2, teamsPerOffice: 2, sellersPerTeam: 3, monthsOfHistory: 3, openPerColumn: 2, wonPerMonth: [1, 3], lostPerMonth: [1, 2] },
};

type OfficePlan = { name: string; timeZone: string; locale: string; currency: string; country: HolidayCountry | null; perDollar: number };

const officePlans: OfficePlan[] = [
  { name: 'New York', timeZone: 'America/New_York', locale: 'en-US', currency: 'USD', country: 'US', perDollar: 1 },
  { name: 'London', timeZone: 'Europe/London', locale: 'en-GB', currency: 'GBP', country: 'GB', perDollar: 0.8 },
  { name: 'Sydney', timeZone: 'Australia/Sydney', locale: 'en-AU', currency: 'AUD', country: 'AU', perDollar: 1.5 },
  { name: 'Chicago', timeZone: 'America/Chicago', locale: 'en-US', currency: 'USD', country: 'US', perDollar: 1 },
  { name: 'San Francisco', timeZone: 'America/Los_Angeles', locale: 'en-US', currency: 'USD', country: 'US', perDollar: 1 },
  { name: 'Toronto', timeZone: 'America/Toronto', locale: 'en-CA', currency: 'CAD', country: null, perDollar: 1.35 },
  { name: 'Berlin', timeZone: 'Europe/Berlin', locale: 'de-DE', currency: 'EUR', country: null, perDollar: 0.92 },
  { name: 'Paris', timeZone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR', country: null, perDollar: 0.92 },
  { name: 'Singapore', timeZone: 'Asia/Singapore', locale: 'en-SG', currency: 'SGD', country: null, perDollar: 1.35 },
  { name: 'Auckland', timeZone: 'Pacific/Auckland', locale: 'en-NZ', currency: 'NZD', country: null, perDollar: 1.65 },
];

const segmentNames = ['Enterprise', 'Mid-Market', 'SMB', 'Strategic', 'Growth', 'Renewals', 'Public Sector', 'Channel', 'Startups', 'Inside'];
const colours = ['#2563eb', '#0891b2', '#16a34a', '#7c3aed', '#db2777', '#ea580c', '#ca8a04', '#dc2626', '#4f46e5', '#0d9488'];
const seasonality = [0.9, 0.95, 1.05, 0.95, 1, 1.05, 0.9, 0.9, 1, 1.05, 1.1, 1.15];
const dayMs = 86_400_000;

export type LargeOffice = { record: OfficeRecord; plan: OfficePlan; calendar: OfficeCalendar; localToday: number; localMinuteNow: number };
export type LargeSeller = { user: UserRecord; team: TeamRecord; office: LargeOffice; baseGoalMajor: number; accounts: string[] };

export type LargeSetting = {
  organization: OrganizationRecord;
  offices: LargeOffice[];
  holidays: HolidayRecord[];
  /** With their lead and manager set. */
  teams: TeamRecord[];
  users: UserRecord[];
  sellers: LargeSeller[];
  exchangeRates: ExchangeRateRecord[];
  /** First day of each month, oldest first; the last is the current month. */
  months: Date[];
};

/** A deal and the columns it went through, each with when it entered it. */
export type LargeDeal = Pick<
  DealRecord,
  'id' | 'account' | 'title' | 'amountMinor' | 'currency' | 'stage' | 'outcome' | 'closedAmountMinor' | 'closedAt' | 'expectedCloseDate' | 'ownerId' | 'teamId' | 'position' | 'noteworthy' | 'createdAt'
> & {
  /** Oldest first; the first is the CREATED event, a COMPLETED step the CLOSED one. */
  steps: { stage: DealStage; at: Date }[];
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function monthStart(today: Date, offset: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
}

/** The offices, teams, people, holidays and rates: everything but goals and deals. */
export function describeLargeOrganisation(options: { today: Date; size: LargeOrganisationSize; seed?: number }): LargeSetting {
  const shape = largeShapes[options.size];
  const random = createSeededRandom(options.seed ?? 19_000_019);
  const months = Array.from({ length: shape.monthsOfHistory + 1 }, (_, index) => monthStart(options.today, index - shape.monthsOfHistory));
  const firstDay = toDayNumber(months[0]!);
  const lastDay = toDayNumber(monthStart(options.today, 1)) - 1;
  const setupTime = new Date((firstDay - 90) * dayMs + 14 * 3_600_000);

  const organization: OrganizationRecord = { id: 'large-organization', name: 'Cadence Large Co', reportingCurrency: 'USD', isDemo: true, createdAt: setupTime };
  const offices: LargeOffice[] = [];
  const holidays: HolidayRecord[] = [];
  for (const [index, plan] of officePlans.slice(0, shape.offices).entries()) {
    const record: OfficeRecord = {
      id: `large-office-${pad(index + 1, 2)}`,
      name: plan.name,
      timeZone: plan.timeZone,
      locale: plan.locale,
      currency: plan.currency,
      businessDayStart: 540,
      businessDayEnd: 1020,
      createdAt: setupTime,
      updatedAt: setupTime,
    };
    const holidayDays = new Set<number>();
    if (plan.country) {
      for (const holiday of listPublicHolidaysBetween(plan.country, fromDayNumber(firstDay - 120), fromDayNumber(lastDay + 120))) {
        const day = toDayNumber(holiday.date);
        holidayDays.add(day);
        if (day >= firstDay && day <= lastDay) {
          holidays.push({ id: `large-holiday-${pad(holidays.length + 1, 4)}`, officeId: record.id, date: holiday.date, name: holiday.name });
        }
      }
    }
    offices.push({
      record,
      plan,
      calendar: { timeZone: plan.timeZone, holidayDays },
      localToday: localDayAt(options.today, plan.timeZone),
      localMinuteNow: localMinuteAt(options.today, plan.timeZone),
    });
  }

  const teams: TeamRecord[] = [];
  const users: UserRecord[] = [];
  const sellers: LargeSeller[] = [];
  const person = (fields: Pick<UserRecord, 'role' | 'teamId'> & { name?: string; email?: string }): UserRecord => {
    const number = users.length + 1;
    const name = fields.name ?? `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const user: UserRecord = {
      id: `large-user-${pad(number, 4)}`,
      name,
      email: fields.email ?? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${number}@large.cadence.demo`,
      passwordHash: null,
      role: fields.role,
      teamId: fields.teamId,
      colour: colours[number % colours.length]!,
      startDate: fromDayNumber(firstDay - random.integer(30, 400)),
      active: true,
      createdAt: setupTime,
      updatedAt: setupTime,
    };
    users.push(user);
    return user;
  };
  person({ role: 'ADMIN', teamId: null, name: demoLogins.admin.name, email: demoLogins.admin.email });
  for (const office of offices) {
    const isFirstOffice = office === offices[0];
    const manager = person({ role: 'MANAGER', teamId: null, ...(isFirstOffice ? { name: demoLogins.manager.name, email: demoLogins.manager.email } : {}) });
    for (let teamIndex = 0; teamIndex < shape.teamsPerOffice; teamIndex += 1) {
      const team: TeamRecord = {
        id: `large-team-${pad(teams.length + 1, 3)}`,
        officeId: office.record.id,
        name: `${office.plan.name} ${segmentNames[teamIndex % segmentNames.length]}${teamIndex >= segmentNames.length ? ` ${Math.floor(teamIndex / segmentNames.length) + 1}` : ''}`,
        colour: colours[teamIndex % colours.length]!,
        leadId: null,
        managerId: manager.id,
        staleAfterDays: 14,
        weightBacklog: 0,
        weightTodo: 300,
        weightInProgress: 800,
        createdAt: setupTime,
        updatedAt: setupTime,
      };
      teams.push(team);
      const isFirstTeam = teams.length === 1;
      for (let sellerIndex = 0; sellerIndex < shape.sellersPerTeam; sellerIndex += 1) {
        const isLead = sellerIndex === 0;
        const login = isFirstTeam ? (isLead ? demoLogins.lead : sellerIndex === 1 ? demoLogins.rep : null) : null;
        const user = person({ role: isLead ? 'LEAD' : 'REP', teamId: team.id, ...(login ? { name: login.name, email: login.email } : {}) });
        if (isLead) team.leadId = user.id;
        const accounts = Array.from({ length: 12 }, () => `${random.pick(companyStems)} ${random.pick(companyTrades)}`);
        // A lead is a player-coach and carries part of a rep's goal.
        const baseGoalMajor = random.integer(70, 140) * 1_000 * (isLead ? 0.6 : 1) * office.plan.perDollar;
        sellers.push({ user, team, office, baseGoalMajor, accounts });
      }
    }
  }

  const exchangeRates: ExchangeRateRecord[] = [];
  const currencies = [...new Set(offices.map((office) => office.plan))].filter(
    (plan, index, all) => all.findIndex((other) => other.currency === plan.currency) === index,
  );
  const drift = new Map(currencies.map((plan) => [plan.currency, 1 / plan.perDollar]));
  for (const month of months) {
    for (const plan of currencies) {
      const base = 1 / plan.perDollar;
      const rate = plan.currency === 'USD' ? 1 : Math.min(base * 1.05, Math.max(base * 0.95, drift.get(plan.currency)! * (1 + random.between(-0.006, 0.006))));
      drift.set(plan.currency, rate);
      exchangeRates.push({ id: `large-rate-${pad(exchangeRates.length + 1, 4)}`, month, currency: plan.currency, rateToReporting: rate.toFixed(4) });
    }
  }
  return { organization, offices, holidays, teams, users, sellers, exchangeRates, months };
}

/** A goal per seller and month, oldest month first. */
export function createLargeGoals(setting: LargeSetting): GoalRecord[] {
  const goals: GoalRecord[] = [];
  for (const month of setting.months) {
    const createdAt = new Date(month.getTime() - 4 * dayMs + 15 * 3_600_000);
    for (const seller of setting.sellers) goals.push(goalOf(setting, seller, month, goals.length + 1, createdAt));
  }
  return goals;
}

function goalOf(setting: LargeSetting, seller: LargeSeller, month: Date, number: number, createdAt: Date): GoalRecord {
  const amountMinor = Math.round((seller.baseGoalMajor * (seasonality[month.getUTCMonth()] ?? 1)) / 1_000) * 1_000 * 100;
  return { id: `large-goal-${pad(number, 6)}`, userId: seller.user.id, teamId: seller.team.id, month, amountMinor, currency: seller.office.record.currency, createdAt, updatedAt: createdAt };
}

/**
 * Every deal, seller by seller (each seller with a random stream of their own, so one
 * seller's deals do not depend on the others'), made as they are asked for.
 */
export function* generateLargeDeals(setting: LargeSetting, options: { today: Date; size: LargeOrganisationSize; seed?: number }): Generator<LargeDeal> {
  const shape = largeShapes[options.size];
  let count = 0;
  const goals = createLargeGoals(setting);
  const goalOfSellerMonth = new Map(goals.map((goal) => [`${goal.userId}:${goal.month.getTime()}`, goal.amountMinor]));
  for (const [sellerIndex, seller] of setting.sellers.entries()) {
    const random = createSeededRandom((options.seed ?? 19_000_019) + 7_919 * (sellerIndex + 1));
    const writer = createSellerWriter(seller, random, options.today, () => `large-deal-${pad((count += 1), 7)}`);
    for (const month of setting.months) {
      const goalMinor = goalOfSellerMonth.get(`${seller.user.id}:${month.getTime()}`) ?? 0;
      yield* writer.closedDeals(month, goalMinor, shape);
    }
    yield* writer.openDeals(shape.openPerColumn);
  }
}

function createSellerWriter(seller: LargeSeller, random: SeededRandom, today: Date, nextId: () => string) {
  const { office } = seller;
  const currency = office.record.currency;
  const offsetCache = new Map<number, number>();
  /** The instant of local minute `minute` on local `day` (the zone's offset looked up once a day). */
  const instantAt = (day: number, minute: number): Date => {
    let midnight = offsetCache.get(day);
    if (midnight === undefined) {
      midnight = localTimeToInstant(day, 12 * 3600, office.plan.timeZone).getTime() - 12 * 3_600_000;
      offsetCache.set(day, midnight);
    }
    return new Date(midnight + minute * 60_000 + random.integer(0, 59) * 1000);
  };
  const workingDays = (first: number, last: number): number[] => {
    const days: number[] = [];
    for (let day = first; day <= last; day += 1) if (isWorkingDayNumber(office.calendar, day)) days.push(day);
    return days;
  };
  const previousWorkingDay = (day: number) => {
    let result = day;
    while (!isWorkingDayNumber(office.calendar, result)) result -= 1;
    return result;
  };
  /** Nothing today happens later than now. */
  const latestMinute = (day: number) => (day === office.localToday ? Math.max(550, Math.min(1005, office.localMinuteNow - 1)) : 1005);
  /** `count` increasing instants in business hours, the first on `firstDay`, the last on `lastDay`. */
  const schedule = (firstDay: number, lastDay: number, count: number): Date[] => {
    const pool = workingDays(firstDay, lastDay);
    const days = [firstDay, ...Array.from({ length: Math.max(0, count - 2) }, () => (pool.length > 0 ? random.pick(pool) : firstDay))];
    if (count > 1) days.push(lastDay);
    days.sort((first, second) => first - second);
    const minutes = days.map((day) => random.integer(550, latestMinute(day))).sort((first, second) => first - second);
    // Sorted minutes keep same-day steps in order; across days the day decides.
    return days.map((day, index) => instantAt(day, days[index - 1] === day || days[index + 1] === day ? minutes[index]! : random.integer(550, latestMinute(day))));
  };
  const titleOf = () => {
    const title = random.pick(dealTitles);
    return office.plan.locale === 'en-US' ? title.replace('licence', 'license') : title;
  };
  const pathTo = (outcome: DealOutcome | null, finalStage: DealStage): DealStage[] => {
    if (outcome) {
      const draw = random.next();
      const open: DealStage[] = draw < 0.3 ? ['TODO'] : draw < 0.7 ? ['BACKLOG', 'IN_PROGRESS'] : ['TODO', 'IN_PROGRESS'];
      return [...open, 'COMPLETED'];
    }
    if (finalStage === 'BACKLOG') return ['BACKLOG'];
    if (finalStage === 'TODO') return random.chance(0.5) ? ['TODO'] : ['BACKLOG', 'TODO'];
    return random.pick<DealStage[]>([['TODO', 'IN_PROGRESS'], ['BACKLOG', 'TODO', 'IN_PROGRESS'], ['BACKLOG', 'IN_PROGRESS']]);
  };
  const make = (fields: { stages: DealStage[]; instants: Date[]; amountMinor: number; outcome: DealOutcome | null; expectedCloseDate: Date | null; position: number }): LargeDeal => {
    const last = fields.instants[fields.instants.length - 1]!;
    return {
      id: nextId(),
      account: random.pick(seller.accounts),
      title: titleOf(),
      amountMinor: fields.amountMinor,
      currency,
      stage: fields.stages[fields.stages.length - 1]!,
      outcome: fields.outcome,
      closedAmountMinor: fields.outcome === 'WON' ? fields.amountMinor : null,
      closedAt: fields.outcome ? last : null,
      expectedCloseDate: fields.expectedCloseDate,
      ownerId: seller.user.id,
      teamId: seller.team.id,
      position: fields.position,
      noteworthy: random.chance(0.04),
      createdAt: fields.instants[0]!,
      steps: fields.stages.map((stage, index) => ({ stage, at: fields.instants[index]! })),
    };
  };
  const dealAmount = () => Math.round(random.between(5_000, 45_000) * office.plan.perDollar) * 100;
  /** Completed deals are ordered newest first: the later the close, the smaller the position. */
  const completedPosition = (closedAt: Date) => Math.round((today.getTime() + 60 * dayMs - closedAt.getTime()) / 60_000);

  return {
    closedDeals(month: Date, goalMinor: number, shape: LargeShape): LargeDeal[] {
      const firstDay = toDayNumber(month);
      const monthLastDay = toDayNumber(new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)));
      const isCurrent = monthLastDay >= office.localToday;
      // This month, deals have closed up to yesterday (today's business hours may not have started).
      const lastDay = isCurrent ? office.localToday - 1 : monthLastDay;
      const closingDays = workingDays(firstDay, lastDay);
      if (closingDays.length === 0) return [];
      const share = isCurrent ? closingDays.length / Math.max(1, workingDays(firstDay, monthLastDay).length) : 1;
      const wonCount = Math.max(1, Math.round(random.integer(...shape.wonPerMonth) * share));
      const lostCount = Math.round(random.integer(...shape.lostPerMonth) * share);
      const wonTotal = Math.round((goalMinor * share * random.between(0.65, 1.35)) / 10_000) * 10_000;
      const weights = Array.from({ length: wonCount }, () => random.between(0.5, 1.5));
      const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
      let remaining = wonTotal;
      const deals: LargeDeal[] = [];
      const closeOne = (outcome: DealOutcome, amountMinor: number) => {
        const closeDay = random.pick(closingDays);
        const createdDay = previousWorkingDay(closeDay - random.integer(5, 60));
        const stages = pathTo(outcome, 'COMPLETED');
        const instants = schedule(createdDay, closeDay, stages.length);
        const expected = fromDayNumber(closeDay + random.integer(-7, 7));
        deals.push(make({ stages, instants, amountMinor, outcome, expectedCloseDate: expected, position: completedPosition(instants[instants.length - 1]!) }));
      };
      weights.forEach((weight, index) => {
        const amount = index === weights.length - 1 ? remaining : Math.round((wonTotal * weight) / weightSum / 100) * 100;
        remaining -= amount;
        closeOne('WON', Math.max(100, amount));
      });
      for (let index = 0; index < lostCount; index += 1) closeOne('LOST', dealAmount());
      return deals;
    },
    openDeals(perColumn: number): LargeDeal[] {
      const deals: LargeDeal[] = [];
      for (const stage of ['BACKLOG', 'TODO', 'IN_PROGRESS'] as const) {
        for (let index = 0; index < perColumn; index += 1) {
          const isStale = random.chance(0.07);
          const lastMoveDay = previousWorkingDay(office.localToday - (isStale ? random.integer(20, 45) : random.integer(1, 9)));
          const stages = pathTo(null, stage);
          const createdDay = stages.length === 1 ? lastMoveDay : previousWorkingDay(lastMoveDay - random.integer(2, 40));
          const instants = schedule(createdDay, lastMoveDay, stages.length);
          const draw = random.next();
          const expectedCloseDate = stage === 'BACKLOG' && draw < 0.3 ? null : fromDayNumber(office.localToday + random.integer(0, stage === 'IN_PROGRESS' ? 40 : 90));
          deals.push(make({ stages, instants, amountMinor: dealAmount(), outcome: null, expectedCloseDate, position: (index + 1) * 1000 }));
        }
      }
      return deals;
    },
  };
}
