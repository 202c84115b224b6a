// The demo organisation: three offices, nine teams, about seventy sellers, thirteen
// months of goals and deals, and the event history behind every deal. Pure and
// deterministic: the same `today` and seed give the same rows, ids included, so the
// seed can insert them as they are. Nothing here reads the clock or touches a database.

import { paceAt } from '@/domain/pacing/pace';
import type { OfficeCalendar as PacingCalendar } from '@/domain/pacing/working-days';
import { listPublicHolidaysBetween, type HolidayCountry } from './public-holidays';
import {
  fromDayNumber,
  listWorkingDays,
  localDayAt,
  localMinuteAt,
  localTimeToInstant,
  nextWorkingDay,
  previousWorkingDay,
  toDayNumber,
  type OfficeCalendar,
} from './office-calendar';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import {
  buildDeal,
  buildDealEvent,
  buildExchangeRate,
  buildGoal,
  buildHoliday,
  buildOffice,
  buildOrganization,
  buildTeam,
  buildUser,
  type DealEventRecord,
  type DealEventType,
  type DealOutcome,
  type DealRecord,
  type DealSnapshot,
  type DealStage,
  type ExchangeRateRecord,
  type GoalRecord,
  type HolidayRecord,
  type OfficeRecord,
  type OrganizationRecord,
  type TeamRecord,
  type UserRecord,
} from './record-builders';
import {
  companyStems,
  companyTrades,
  dealNotes,
  dealTitles,
  firstNames,
  lastNames,
  legalSuffixByCountry,
} from './demo-vocabulary';

export type GenerateDemoDataOptions = { today: Date; seed?: number };

export type DemoData = {
  organization: OrganizationRecord;
  offices: OfficeRecord[];
  holidays: HolidayRecord[];
  /** Teams with their lead and manager set; those users are in `users`. */
  teams: TeamRecord[];
  users: UserRecord[];
  goals: GoalRecord[];
  deals: DealRecord[];
  /** Sorted by `occurredAt`, so inserting in order numbers them in time order. */
  dealEvents: DealEventRecord[];
  exchangeRates: ExchangeRateRecord[];
};

/** The four accounts people sign in with; only these get a password. */
export const demoLogins = {
  admin: { email: 'admin@cadence.demo', name: 'Morgan Ellis' },
  manager: { email: 'manager@cadence.demo', name: 'Dana Whitfield' },
  lead: { email: 'lead@cadence.demo', name: 'Priya Raman' },
  rep: { email: 'rep@cadence.demo', name: 'Jordan Hayes' },
} as const;

export const demoLoginEmails: readonly string[] = Object.values(demoLogins).map((login) => login.email);

export const defaultDemoSeed = 20_240_601;

const dayLength = 86_400_000;
const hourLength = 3_600_000;
// Two years, so the revenue forecast learns seasonality and can be backtested over a year.
const monthsOfHistory = 24;
const repsPerTeam = 7;
const newHireCount = 8;
const accountsPerSeller = 18;
/** All three demo currencies have two minor digits. */
const minorPerMajor = 100;

type OfficeSpecification = {
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
  country: HolidayCountry;
  teamPrefix: string;
  /** Local money per US dollar, roughly, so goals weigh alike across offices. */
  scale: number;
};

const officeSpecifications: OfficeSpecification[] = [
  { name: 'New York', timeZone: 'America/New_York', locale: 'en-US', currency: 'USD', country: 'US', teamPrefix: 'NY', scale: 1 },
  { name: 'London', timeZone: 'Europe/London', locale: 'en-GB', currency: 'GBP', country: 'GB', teamPrefix: 'London', scale: 0.8 },
  { name: 'Sydney', timeZone: 'Australia/Sydney', locale: 'en-AU', currency: 'AUD', country: 'AU', teamPrefix: 'Sydney', scale: 1.4 },
];

type Segment = {
  name: string;
  /** A rep's monthly goal range in US-dollar terms (major units). */
  goalRange: [number, number];
  dealRange: [number, number];
  /** Days from a deal's creation to its close. */
  cycleRange: [number, number];
};

const segments: Segment[] = [
  { name: 'Enterprise', goalRange: [120_000, 150_000], dealRange: [20_000, 80_000], cycleRange: [30, 75] },
  { name: 'Mid-Market', goalRange: [85_000, 115_000], dealRange: [10_000, 45_000], cycleRange: [15, 45] },
  { name: 'SMB', goalRange: [60_000, 80_000], dealRange: [5_000, 20_000], cycleRange: [5, 25] },
];

/** A lead is a player-coach and carries part of a rep's goal. */
const leadGoalShare = 0.6;

const teamColours = ['#2563eb', '#0891b2', '#16a34a', '#7c3aed', '#db2777', '#ea580c', '#ca8a04', '#dc2626', '#4f46e5'];

/**
 * How each team is doing this month against pace, by office then segment: above 1
 * ahead, below 1 behind. Every office has a team on each side.
 */
const currentMonthFactors = [
  [1.2, 0.6, 1.35],
  [0.7, 1.25, 0.95],
  [1.4, 0.55, 1.05],
];

/** Goals move with the season (January first). */
const seasonality = [0.9, 0.95, 1.05, 0.95, 1, 1.05, 0.9, 0.9, 1, 1.05, 1.1, 1.15];

/** A new hire's goal ramps up over the first months. */
const rampUp = [0.4, 0.7];

/** Reps who have left: their office and segment, and their last month (offset). */
const leavers = [
  { officeIndex: 0, segmentIndex: 2, lastMonthOffset: -5 },
  { officeIndex: 2, segmentIndex: 1, lastMonthOffset: -8 },
];

type Month = {
  /** 0 for the current month, -1 for the one before, and so on. */
  offset: number;
  start: Date;
  firstDay: number;
  lastDay: number;
  monthIndex: number;
};

type Context = {
  random: SeededRandom;
  today: Date;
  /** Oldest first; the last one is the current month. */
  months: Month[];
  firstMonth: Month;
  currentMonth: Month;
  /** When the organisation started using Cadence, well before the window. */
  setupTime: Date;
};

type DemoOffice = OfficeCalendar & {
  record: OfficeRecord;
  specification: OfficeSpecification;
  index: number;
  /** The office's local calendar day at `today`. */
  localToday: number;
  /** The office's local minute of the day at `today`: nothing today happens later. */
  localMinuteNow: number;
  /** The same calendar as the pacing module reads it (for this month's pace). */
  pacingCalendar: PacingCalendar;
};

type Seller = {
  user: UserRecord;
  team: TeamRecord;
  office: DemoOffice;
  segment: Segment;
  segmentIndex: number;
  /** Monthly goal in major units before seasonality and ramp-up. */
  baseGoal: number;
  startDay: number;
  /** Last month (offset) with goals and deals: 0 unless the rep has left. */
  lastMonthOffset: number;
  accounts: string[];
  /** How this seller's month so far compares with the team's, around 1. */
  currentMonthShare: number;
};

export function generateDemoData(options: GenerateDemoDataOptions): DemoData {
  const months = Array.from({ length: monthsOfHistory + 1 }, (_, index) =>
    describeMonth(options.today, index - monthsOfHistory),
  );
  const firstMonth = months[0] as Month;
  const context: Context = {
    random: createSeededRandom(options.seed ?? defaultDemoSeed),
    today: options.today,
    months,
    firstMonth,
    currentMonth: months[monthsOfHistory] as Month,
    setupTime: new Date((firstMonth.firstDay - 120) * dayLength + 14 * hourLength),
  };

  const organization = buildOrganization({
    id: 'demo-organization',
    name: 'Cadence Demo Co',
    reportingCurrency: 'USD',
    isDemo: true,
    createdAt: context.setupTime,
  });
  const { offices, holidays, demoOffices } = createOffices(context);
  const { users, teams, sellers } = createPeople(context, demoOffices);
  const exchangeRates = createExchangeRates(context);
  const dealWriter = createDealWriter(context);
  const goals = createGoalsAndClosedDeals(context, sellers, dealWriter);
  createOpenPipeline(context, sellers, dealWriter);
  assignPositions(dealWriter.deals);

  return {
    organization,
    offices,
    holidays,
    teams,
    users,
    goals,
    deals: dealWriter.deals,
    dealEvents: dealWriter.listEventsInTimeOrder(),
    exchangeRates,
  };
}

function describeMonth(today: Date, offset: number): Month {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset + 1, 0));
  return { offset, start, firstDay: toDayNumber(start), lastDay: toDayNumber(end), monthIndex: start.getUTCMonth() };
}

function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function createOffices(context: Context) {
  const { firstMonth, currentMonth } = context;
  const offices: OfficeRecord[] = [];
  const holidays: HolidayRecord[] = [];
  const demoOffices: DemoOffice[] = [];
  officeSpecifications.forEach((specification, index) => {
    const record = buildOffice({
      id: `demo-office-${index + 1}`,
      name: specification.name,
      timeZone: specification.timeZone,
      locale: specification.locale,
      currency: specification.currency,
      businessDayStart: 540,
      businessDayEnd: 1020,
      createdAt: context.setupTime,
    });
    offices.push(record);
    // Deals start up to a few months before the window and are expected to close
    // after it, so the working-day calendar reaches beyond the stored holidays.
    const holidayDays = new Set<number>();
    const calendarStart = fromDayNumber(firstMonth.firstDay - 200);
    const calendarEnd = fromDayNumber(currentMonth.lastDay + 200);
    for (const holiday of listPublicHolidaysBetween(specification.country, calendarStart, calendarEnd)) {
      const day = toDayNumber(holiday.date);
      holidayDays.add(day);
      if (day < firstMonth.firstDay || day > currentMonth.lastDay) continue;
      holidays.push(
        buildHoliday({
          id: `demo-holiday-${padNumber(holidays.length + 1, 3)}`,
          officeId: record.id,
          date: holiday.date,
          name: holiday.name,
        }),
      );
    }
    demoOffices.push({
      record,
      specification,
      index,
      timeZone: specification.timeZone,
      holidayDays,
      localToday: localDayAt(context.today, specification.timeZone),
      localMinuteNow: localMinuteAt(context.today, specification.timeZone),
      pacingCalendar: {
        timeZone: specification.timeZone,
        businessDayStart: record.businessDayStart,
        businessDayEnd: record.businessDayEnd,
        holidays: [...holidayDays].map((day) => fromDayNumber(day).toISOString().slice(0, 10)),
      },
    });
  });
  return { offices, holidays, demoOffices };
}

/** Demo activity keeps clear of the first 10 and last 15 minutes of business hours. */
const activityMargins = { start: 10, end: 15 };
/** Today takes activity only once this many minutes of it are available. */
const minimumActivityMinutesToday = 5;

/** The first and last local minute of `day` on which demo activity may fall: today's end at now. */
function activityMinutes(office: DemoOffice, day: number): [number, number] {
  const { businessDayStart, businessDayEnd } = office.record;
  const earliest = businessDayStart + activityMargins.start;
  const latest = businessDayEnd - activityMargins.end;
  return [earliest, day === office.localToday ? Math.max(earliest, Math.min(latest, office.localMinuteNow - 1)) : latest];
}

function hasActivityTimeToday(office: DemoOffice): boolean {
  const [earliest, latest] = activityMinutes(office, office.localToday);
  return latest - earliest >= minimumActivityMinutesToday;
}

function hueToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const section = hue / 60;
  const secondary = chroma * (1 - Math.abs((section % 2) - 1));
  const channels: [number, number, number][] = [
    [chroma, secondary, 0],
    [secondary, chroma, 0],
    [0, chroma, secondary],
    [0, secondary, chroma],
    [secondary, 0, chroma],
    [chroma, 0, secondary],
  ];
  const match = lightness - chroma / 2;
  return `#${(channels[Math.floor(section) % 6] ?? [0, 0, 0])
    .map((channel) => Math.round((channel + match) * 255).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Distinct swimlane colours: hues a golden angle apart, at two lightness levels. */
function swimlaneColour(index: number): string {
  return hueToHex((index * 137.508) % 360, 0.62, index % 2 === 0 ? 0.42 : 0.52);
}

function toEmailPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z-]/g, '');
}

/** One admin; per office a manager; per team a lead (who also sells) and seven reps. */
function createPeople(context: Context, demoOffices: DemoOffice[]) {
  const { random, months, firstMonth, setupTime } = context;
  const users: UserRecord[] = [];
  const teams: TeamRecord[] = [];
  const sellers: Seller[] = [];
  const usedNames = new Set<string>(Object.values(demoLogins).map((login) => login.name));
  const usedEmails = new Set<string>(demoLoginEmails);
  const usedAccounts = new Set<string>();
  let colourIndex = 0;

  const chooseName = (): { name: string; email: string } => {
    for (;;) {
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      const name = `${first} ${last}`;
      const email = `${toEmailPart(first)}.${toEmailPart(last)}@cadence.demo`;
      if (usedNames.has(name) || usedEmails.has(email)) continue;
      usedNames.add(name);
      usedEmails.add(email);
      return { name, email };
    }
  };
  const chooseAccounts = (country: HolidayCountry): string[] => {
    const accounts: string[] = [];
    while (accounts.length < accountsPerSeller) {
      const name = `${random.pick(companyStems)} ${random.pick(companyTrades)}`;
      if (usedAccounts.has(name)) continue;
      usedAccounts.add(name);
      const suffix = random.pick(legalSuffixByCountry[country]);
      accounts.push(suffix ? `${name} ${suffix}` : name);
    }
    return accounts;
  };
  const startDayYearsAgo = (office: DemoOffice, minimumYears: number, maximumYears: number) =>
    nextWorkingDay(office, firstMonth.firstDay - Math.round(random.between(minimumYears, maximumYears) * 365));
  const addUser = (fields: Partial<UserRecord> & { name: string; email: string; startDay: number }) => {
    const startDate = fromDayNumber(fields.startDay);
    const user = buildUser({
      name: fields.name,
      email: fields.email,
      role: fields.role,
      teamId: fields.teamId,
      colour: fields.colour,
      active: fields.active,
      updatedAt: fields.updatedAt,
      id: `demo-user-${padNumber(users.length + 1, 3)}`,
      startDate,
      createdAt: startDate > setupTime ? startDate : setupTime,
    });
    users.push(user);
    return user;
  };
  const addSeller = (
    user: UserRecord,
    team: TeamRecord,
    office: DemoOffice,
    segmentIndex: number,
    options: { goalShare?: number; lastMonthOffset?: number } = {},
  ) => {
    const segment = segments[segmentIndex] as Segment;
    const [lowestGoal, highestGoal] = segment.goalRange;
    const goal = random.between(lowestGoal, highestGoal) * office.specification.scale * (options.goalShare ?? 1);
    sellers.push({
      user,
      team,
      office,
      segment,
      segmentIndex,
      baseGoal: roundTo(goal, 5_000),
      startDay: toDayNumber(user.startDate),
      lastMonthOffset: options.lastMonthOffset ?? 0,
      accounts: chooseAccounts(office.specification.country),
      currentMonthShare: random.between(0.45, 1.55),
    });
  };

  const newYork = demoOffices[0] as DemoOffice;
  addUser({ ...demoLogins.admin, role: 'ADMIN', startDay: startDayYearsAgo(newYork, 5, 6) });

  // Seats 0 (the demo rep) never joined recently; eight others joined within the year.
  const seatCount = demoOffices.length * segments.length * repsPerTeam;
  const newHireSeats = new Set(
    random.shuffle(Array.from({ length: seatCount - 1 }, (_, index) => index + 1)).slice(0, newHireCount),
  );
  let seat = 0;
  for (const office of demoOffices) {
    const isNewYork = office.index === 0;
    const manager = addUser({
      ...(isNewYork ? demoLogins.manager : chooseName()),
      role: 'MANAGER',
      startDay: startDayYearsAgo(office, 4, 9),
    });
    segments.forEach((segment, segmentIndex) => {
      const team = buildTeam({
        id: `demo-team-${teams.length + 1}`,
        officeId: office.record.id,
        name: `${office.specification.teamPrefix} ${segment.name}`,
        colour: teamColours[teams.length] ?? '#2563eb',
        managerId: manager.id,
        createdAt: setupTime,
      });
      teams.push(team);
      const isDemoTeam = isNewYork && segmentIndex === 0;
      const lead = addUser({
        ...(isDemoTeam ? demoLogins.lead : chooseName()),
        role: 'LEAD',
        teamId: team.id,
        colour: swimlaneColour(colourIndex++),
        startDay: startDayYearsAgo(office, 3, 7),
      });
      team.leadId = lead.id;
      addSeller(lead, team, office, segmentIndex, { goalShare: leadGoalShare });

      for (let place = 0; place < repsPerTeam; place += 1) {
        let startDay = startDayYearsAgo(office, 1.2, 6);
        if (newHireSeats.has(seat)) {
          const startMonth = months[monthsOfHistory + random.integer(-monthsOfHistory + 1, -1)] as Month;
          startDay = nextWorkingDay(office, startMonth.firstDay + random.integer(0, 9));
        }
        const rep = addUser({
          ...(seat === 0 ? demoLogins.rep : chooseName()),
          role: 'REP',
          teamId: team.id,
          colour: swimlaneColour(colourIndex++),
          startDay,
        });
        addSeller(rep, team, office, segmentIndex);
        seat += 1;
      }

      for (const leaver of leavers) {
        if (leaver.officeIndex !== office.index || leaver.segmentIndex !== segmentIndex) continue;
        const lastMonth = months[monthsOfHistory + leaver.lastMonthOffset] as Month;
        const lastDay = previousWorkingDay(office, lastMonth.lastDay);
        const rep = addUser({
          ...chooseName(),
          role: 'REP',
          teamId: team.id,
          colour: swimlaneColour(colourIndex++),
          startDay: startDayYearsAgo(office, 2, 5),
          active: false,
          updatedAt: localTimeToInstant(lastDay, 17 * 3600, office.timeZone),
        });
        addSeller(rep, team, office, segmentIndex, { lastMonthOffset: leaver.lastMonthOffset });
      }
    });
  }
  return { users, teams, sellers };
}

/** Monthly rates into US dollars, drifting a little from month to month. */
function createExchangeRates(context: Context): ExchangeRateRecord[] {
  const { random } = context;
  const exchangeRates: ExchangeRateRecord[] = [];
  let poundRate = random.between(1.26, 1.29);
  let australianDollarRate = random.between(0.64, 0.66);
  for (const month of context.months) {
    poundRate = Math.min(1.3, Math.max(1.25, poundRate + random.between(-0.008, 0.008)));
    australianDollarRate = Math.min(0.67, Math.max(0.63, australianDollarRate + random.between(-0.006, 0.006)));
    const rates: [string, number][] = [
      ['USD', 1],
      ['GBP', poundRate],
      ['AUD', australianDollarRate],
    ];
    for (const [currency, rate] of rates) {
      exchangeRates.push(
        buildExchangeRate({
          id: `demo-exchange-rate-${padNumber(exchangeRates.length + 1, 3)}`,
          month: month.start,
          currency,
          rateToReporting: rate.toFixed(4),
        }),
      );
    }
  }
  return exchangeRates;
}

type TimedEvent = { record: DealEventRecord; dealIndex: number; eventIndex: number };

type DealWriter = ReturnType<typeof createDealWriter>;

/** Writes deals together with the events that walked them through the columns. */
function createDealWriter(context: Context) {
  const { random, currentMonth } = context;
  const deals: DealRecord[] = [];
  const timedEvents: TimedEvent[] = [];

  const drawAmount = (seller: Seller): number => {
    const [minimum, maximum] = seller.segment.dealRange;
    // Skewed towards the low end, as real deal sizes are.
    const major = (minimum + (maximum - minimum) * random.next() ** 1.6) * seller.office.specification.scale;
    return roundTo(major, major >= 20_000 ? 500 : 100) * minorPerMajor;
  };

  /** Splits a won total into deal amounts that add up to it exactly. */
  const splitIntoDeals = (totalMinor: number, seller: Seller): number[] => {
    const smallest = seller.segment.dealRange[0] * seller.office.specification.scale * minorPerMajor;
    const amounts: number[] = [];
    let remaining = totalMinor;
    while (remaining >= smallest / 2) {
      let amount = Math.min(drawAmount(seller), remaining);
      if (remaining - amount < smallest) amount = remaining;
      amounts.push(amount);
      remaining -= amount;
    }
    return amounts;
  };

  /** `count` strictly increasing instants in business hours, from `firstDay` to `lastDay`. */
  const scheduleInstants = (office: DemoOffice, firstDay: number, lastDay: number, count: number): Date[] => {
    const workingDays = listWorkingDays(office, firstDay, lastDay);
    const days = [firstDay];
    for (let index = 0; index < count - 2; index += 1) days.push(random.pick(workingDays.length > 0 ? workingDays : [firstDay]));
    if (count > 1) days.push(lastDay);
    days.sort((first, second) => first - second);
    const instants: Date[] = [];
    let groupStart = 0;
    while (groupStart < days.length) {
      const day = days[groupStart] as number;
      let groupEnd = groupStart;
      while (days[groupEnd + 1] === day) groupEnd += 1;
      const [earliest, latest] = activityMinutes(office, day);
      const minutes = new Set<number>();
      while (minutes.size < groupEnd - groupStart + 1) minutes.add(random.integer(earliest, latest));
      for (const minute of [...minutes].sort((first, second) => first - second)) {
        instants.push(localTimeToInstant(day, minute * 60 + random.integer(0, 59), office.timeZone));
      }
      groupStart = groupEnd + 1;
    }
    return instants;
  };

  const chooseTitle = (office: DemoOffice): string => {
    const title = random.pick(dealTitles);
    return office.specification.locale === 'en-US' ? title.replace('licence', 'license') : title;
  };

  const chooseNotes = (noteworthy: boolean, otherwise: number): string =>
    noteworthy || random.chance(otherwise) ? random.pick(dealNotes) : '';

  /** Records a deal whose columns were `path` (entered at `instants`), then maybe closed. */
  const addDeal = (
    seller: Seller,
    path: DealStage[],
    instants: Date[],
    fields: { amountMinor: number; outcome: DealOutcome | null; expectedCloseDate: Date | null; noteworthy: boolean; notes: string },
  ) => {
    const dealIndex = deals.length;
    const id = `demo-deal-${padNumber(dealIndex + 1, 5)}`;
    const { user, team, office } = seller;
    const { amountMinor, outcome } = fields;
    const account = random.pick(seller.accounts);
    const title = chooseTitle(office);
    const closedAmountMinor = outcome === 'WON' ? amountMinor : null;
    const stages: DealStage[] = outcome ? [...path, 'COMPLETED'] : path;
    const lastInstant = instants[stages.length - 1] as Date;
    // Each event holds the whole card as it was (the board's history and live catch-up
    // rebuild cards from these), version by version.
    const expectedCloseText = fields.expectedCloseDate ? fields.expectedCloseDate.toISOString().slice(0, 10) : null;
    const snapshot = (eventIndex: number): DealSnapshot => {
      const stage = stages[eventIndex] as DealStage;
      const isClosed = stage === 'COMPLETED';
      const at = (instants[eventIndex] as Date).toISOString();
      return {
        id,
        account,
        title,
        amountMinor,
        currency: office.record.currency,
        stage,
        outcome: isClosed ? outcome : null,
        closedAmountMinor: isClosed ? closedAmountMinor : null,
        closedAt: isClosed ? at : null,
        expectedCloseDate: expectedCloseText,
        ownerId: user.id,
        teamId: team.id,
        position: 0,
        noteworthy: fields.noteworthy,
        notes: fields.notes,
        version: eventIndex + 1,
        stageChangedAt: at,
        createdAt: (instants[0] as Date).toISOString(),
        updatedAt: at,
        deletedAt: null,
      };
    };
    stages.forEach((stage, eventIndex) => {
      const previous = stages[eventIndex - 1];
      const type: DealEventType = previous === undefined ? 'CREATED' : stage === 'COMPLETED' ? 'CLOSED' : 'MOVED';
      const record = buildDealEvent({
        dealId: id,
        teamId: team.id,
        actorId: user.id,
        type,
        before: previous === undefined ? null : snapshot(eventIndex - 1),
        after: snapshot(eventIndex),
        occurredAt: instants[eventIndex] as Date,
      });
      timedEvents.push({ record, dealIndex, eventIndex });
    });
    deals.push(
      buildDeal({
        id,
        account,
        title,
        amountMinor,
        currency: office.record.currency,
        stage: stages[stages.length - 1] as DealStage,
        outcome,
        closedAmountMinor,
        closedAt: outcome ? lastInstant : null,
        expectedCloseDate: fields.expectedCloseDate,
        ownerId: user.id,
        teamId: team.id,
        position: 0,
        noteworthy: fields.noteworthy,
        notes: fields.notes,
        version: stages.length,
        stageChangedAt: lastInstant,
        createdAt: instants[0] as Date,
        updatedAt: lastInstant,
      }),
    );
  };

  const addClosedDeal = (seller: Seller, closeDay: number, outcome: DealOutcome, amountMinor: number) => {
    const { office } = seller;
    const cycle = random.integer(seller.segment.cycleRange[0], seller.segment.cycleRange[1]);
    const createdDay = Math.min(closeDay, nextWorkingDay(office, Math.max(closeDay - cycle, seller.startDay)));
    const path: DealStage[] = [random.chance(0.55) ? 'BACKLOG' : 'TODO'];
    // A lost deal often dies before anyone starts working it.
    const lastOpenStage: DealStage = outcome === 'LOST' && random.chance(0.35) ? 'TODO' : 'IN_PROGRESS';
    if (path[0] === 'BACKLOG' && (lastOpenStage === 'TODO' || random.chance(0.8))) path.push('TODO');
    if (lastOpenStage === 'IN_PROGRESS') path.push('IN_PROGRESS');
    const noteworthy = random.chance(0.03);
    addDeal(seller, path, scheduleInstants(office, createdDay, closeDay, path.length + 1), {
      amountMinor,
      outcome,
      // What the rep last expected: near the real close.
      expectedCloseDate: fromDayNumber(nextWorkingDay(office, closeDay + random.integer(-7, 7))),
      noteworthy,
      notes: chooseNotes(noteworthy, 0.05),
    });
  };

  const chooseExpectedClose = (office: DemoOffice, stage: DealStage): Date | null => {
    const { localToday } = office;
    const monthEnd = currentMonth.lastDay;
    const dayBetween = (firstDay: number, lastDay: number) =>
      fromDayNumber(nextWorkingDay(office, random.integer(firstDay, Math.max(firstDay, lastDay))));
    const draw = random.next();
    if (stage === 'IN_PROGRESS') {
      if (draw < 0.08 && localToday > currentMonth.firstDay) return dayBetween(currentMonth.firstDay, localToday - 1);
      return draw < 0.7 ? dayBetween(localToday, monthEnd) : dayBetween(monthEnd + 1, monthEnd + 30);
    }
    if (stage === 'TODO') {
      if (draw < 0.4) return dayBetween(localToday, monthEnd);
      return draw < 0.85 ? dayBetween(monthEnd + 1, monthEnd + 30) : dayBetween(monthEnd + 31, monthEnd + 60);
    }
    if (draw < 0.15) return dayBetween(localToday, monthEnd);
    return draw < 0.7 ? dayBetween(monthEnd + 1, monthEnd + 90) : null;
  };

  const addOpenDeal = (seller: Seller, stage: DealStage, isStale: boolean) => {
    const { office } = seller;
    const ageOfLastMove = isStale ? random.integer(20, 45) : random.integer(1, 9);
    const lastMoveDay = Math.max(seller.startDay, previousWorkingDay(office, office.localToday - ageOfLastMove));
    const inProgressPaths: DealStage[][] = [
      ['BACKLOG', 'TODO', 'IN_PROGRESS'],
      ['TODO', 'IN_PROGRESS'],
      ['BACKLOG', 'IN_PROGRESS'],
    ];
    const path: DealStage[] =
      stage === 'BACKLOG'
        ? ['BACKLOG']
        : stage === 'TODO'
          ? random.pick([['TODO'], ['BACKLOG', 'TODO']])
          : random.pick(inProgressPaths);
    const createdDay =
      path.length === 1
        ? lastMoveDay
        : Math.max(seller.startDay, lastMoveDay - random.integer(2, seller.segment.cycleRange[1]));
    const instants = scheduleInstants(office, nextWorkingDay(office, createdDay), lastMoveDay, path.length);
    const noteworthy = random.chance(stage === 'BACKLOG' ? 0.06 : 0.14);
    addDeal(seller, path, instants, {
      amountMinor: drawAmount(seller),
      outcome: null,
      expectedCloseDate: chooseExpectedClose(office, stage),
      noteworthy,
      notes: chooseNotes(noteworthy, 0.12),
    });
  };

  const listEventsInTimeOrder = (): DealEventRecord[] =>
    [...timedEvents]
      .sort(
        (first, second) =>
          first.record.occurredAt.getTime() - second.record.occurredAt.getTime() ||
          first.dealIndex - second.dealIndex ||
          first.eventIndex - second.eventIndex,
      )
      .map((event) => event.record);

  return { deals, drawAmount, splitIntoDeals, addClosedDeal, addOpenDeal, listEventsInTimeOrder };
}

/**
 * A goal for every seller and month, and the deals they closed against it: in past
 * months wins of about 65-135% of goal; this month, wins so far at the team's factor
 * times the pace (the share of the month's working days gone by).
 */
function createGoalsAndClosedDeals(context: Context, sellers: Seller[], dealWriter: DealWriter): GoalRecord[] {
  const { random, months, firstMonth } = context;
  const goals: GoalRecord[] = [];
  const startMonthOffsets = new Map(
    sellers.map((seller) => [seller, months.find((month) => seller.startDay <= month.lastDay)?.offset ?? 0]),
  );

  for (const month of months) {
    const isCurrentMonth = month.offset === 0;
    const teamSwing = new Map<string, number>();
    const monthGoals = new Map<Seller, number>();
    const teamCurrentTotals = new Map<string, { goal: number; weighted: number }>();

    for (const seller of sellers) {
      const startMonthOffset = startMonthOffsets.get(seller) ?? 0;
      if (month.offset < startMonthOffset || month.offset > seller.lastMonthOffset) continue;
      const hasJoinedRecently = seller.startDay > firstMonth.firstDay;
      const ramp = hasJoinedRecently ? (rampUp[month.offset - startMonthOffset] ?? 1) : 1;
      const goalMinor = roundTo(seller.baseGoal * (seasonality[month.monthIndex] ?? 1) * ramp, 1_000) * minorPerMajor;
      monthGoals.set(seller, goalMinor);
      // Goals are set a few days before the month starts, or on a new hire's first day.
      const usualCreation = new Date(month.start.getTime() - 4 * dayLength + 15 * hourLength);
      const firstDayAtTen = localTimeToInstant(seller.startDay, 10 * 3600, seller.office.timeZone);
      goals.push(
        buildGoal({
          id: `demo-goal-${padNumber(goals.length + 1, 4)}`,
          userId: seller.user.id,
          teamId: seller.team.id,
          month: month.start,
          amountMinor: goalMinor,
          currency: seller.office.record.currency,
          createdAt: usualCreation > firstDayAtTen ? usualCreation : firstDayAtTen,
        }),
      );
      const totals = teamCurrentTotals.get(seller.team.id) ?? { goal: 0, weighted: 0 };
      totals.goal += goalMinor;
      totals.weighted += goalMinor * seller.currentMonthShare;
      teamCurrentTotals.set(seller.team.id, totals);
      if (!teamSwing.has(seller.team.id)) teamSwing.set(seller.team.id, random.between(-0.15, 0.15));
    }

    for (const [seller, goalMinor] of monthGoals) {
      const { office } = seller;
      // This month, deals have closed up to now: today too, once its business hours have run a while.
      const lastClosingDay = isCurrentMonth
        ? Math.min(month.lastDay, hasActivityTimeToday(office) ? office.localToday : office.localToday - 1)
        : month.lastDay;
      const lastMonth = months[monthsOfHistory + seller.lastMonthOffset] as Month;
      const closingDays = listWorkingDays(
        office,
        Math.max(month.firstDay, seller.startDay),
        Math.min(lastClosingDay, lastMonth.lastDay),
      );
      if (closingDays.length === 0) continue;

      let wonMinor: number;
      if (isCurrentMonth) {
        // The wall's own pace: working days gone, today's by the share of its business hours.
        const pace = paceAt(office.pacingCalendar, month.start, context.today);
        const factor = currentMonthFactors[office.index]?.[seller.segmentIndex] ?? 1;
        // Shares are scaled so that the team as a whole lands exactly on its factor.
        const totals = teamCurrentTotals.get(seller.team.id) ?? { goal: 1, weighted: 1 };
        wonMinor = goalMinor * pace * factor * ((seller.currentMonthShare * totals.goal) / totals.weighted);
      } else {
        const individual = (random.next() + random.next() + random.next() - 1.5) * 0.25;
        const attainment = 1 + individual + (teamSwing.get(seller.team.id) ?? 0);
        wonMinor = goalMinor * Math.min(1.35, Math.max(0.65, attainment));
      }

      const wonAmounts = dealWriter.splitIntoDeals(roundTo(wonMinor, 100 * minorPerMajor), seller);
      for (const amountMinor of wonAmounts) dealWriter.addClosedDeal(seller, random.pick(closingDays), 'WON', amountMinor);
      const lostCount = Math.round(Math.max(1, wonAmounts.length) * random.between(0.3, 0.75));
      for (let index = 0; index < lostCount; index += 1) {
        dealWriter.addClosedDeal(seller, random.pick(closingDays), 'LOST', dealWriter.drawAmount(seller));
      }
    }
  }
  return goals;
}

/** Every active seller has deals in every open column, a few of them gone stale. */
function createOpenPipeline(context: Context, sellers: Seller[], dealWriter: DealWriter): void {
  const { random } = context;
  for (const seller of sellers) {
    if (!seller.user.active) continue;
    const columns: [DealStage, number][] = [
      ['BACKLOG', random.integer(3, 5)],
      ['TODO', random.integer(2, 4)],
      ['IN_PROGRESS', random.integer(2, 4)],
    ];
    for (const [stage, count] of columns) {
      for (let index = 0; index < count; index += 1) dealWriter.addOpenDeal(seller, stage, random.chance(0.07));
    }
  }
}

/**
 * Orders each swimlane column: open columns by expected close (undated last), the
 * completed column newest first. Positions are 1000, 2000, ... so that a card can be
 * dropped between two others.
 */
function assignPositions(deals: DealRecord[]): void {
  const columns = new Map<string, DealRecord[]>();
  for (const deal of deals) {
    const key = `${deal.ownerId}:${deal.stage}`;
    const column = columns.get(key) ?? [];
    column.push(deal);
    columns.set(key, column);
  }
  const undated = Number.MAX_SAFE_INTEGER;
  for (const column of columns.values()) {
    column.sort((first, second) =>
      first.stage === 'COMPLETED'
        ? (second.closedAt?.getTime() ?? 0) - (first.closedAt?.getTime() ?? 0)
        : (first.expectedCloseDate?.getTime() ?? undated) - (second.expectedCloseDate?.getTime() ?? undated) ||
          first.createdAt.getTime() - second.createdAt.getTime(),
    );
    column.forEach((deal, index) => {
      deal.position = (index + 1) * 1000;
    });
  }
}
