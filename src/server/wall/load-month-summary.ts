import { prisma } from '@/server/db';
import { loadExchangeRates } from '@/server/load-exchange-rates';
import { AppError } from '@/server/errors';
import { monthKey } from '@/domain/calendar';
import { summarizeScopes, type MonthSummary, type PacingOffice } from '@/domain/pacing/summarize-scopes';
import type { PacingDeal } from '@/domain/pacing/deal-contributions';
import type { ExchangeRate } from '@/domain/pacing/exchange-rates';
import { isPacingError } from '@/domain/pacing/pacing-error';

// Loads everything one month's wall needs in a handful of queries and hands it to the
// pure pacing module. Results are cached per month and reused while no deal has changed
// (the DealEvent sequence is unchanged) and the figures are younger than the refresh
// interval (pace moves with the clock).

export type OfficeInfo = { id: string; name: string; locale: string; currency: string; timeZone: string; calendar: PacingOffice['calendar'] };
export type TeamInfo = { id: string; name: string; colour: string; officeId: string };
export type RepInfo = { id: string; name: string; colour: string };

export type LoadedMonth = {
  month: Date;
  sequence: number;
  computedAt: Date;
  reportingCurrency: string;
  offices: OfficeInfo[];
  teams: TeamInfo[];
  reps: Map<string, RepInfo>;
  deals: PacingDeal[];
  rates: ExchangeRate[];
  summary: MonthSummary;
};

export const summaryRefreshMs = 30_000;
const dayMs = 86_400_000;

type CacheGlobal = typeof globalThis & { __cadenceMonthCache?: Map<string, LoadedMonth> };
function cache(): Map<string, LoadedMonth> {
  const holder = globalThis as CacheGlobal;
  holder.__cadenceMonthCache ??= new Map();
  return holder.__cadenceMonthCache;
}

/** Forgets cached figures (after a change that leaves no DealEvent, such as a goal edit). */
export function invalidateMonthSummaries(): void {
  cache().clear();
}

export async function currentSequence(): Promise<number> {
  return (await prisma.dealEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0;
}

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function loadMonthSummary(options: { month: Date; now: Date }): Promise<LoadedMonth> {
  const key = monthKey(options.month);
  const sequence = await currentSequence();
  const cached = cache().get(key);
  if (cached && cached.sequence === sequence && options.now.getTime() - cached.computedAt.getTime() < summaryRefreshMs) {
    return cached;
  }

  const [organization, officeRows, teamRows, userRows, goals] = await Promise.all([
    prisma.organization.findFirst({ select: { reportingCurrency: true } }),
    prisma.office.findMany({
      orderBy: { name: 'asc' },
      include: { holidays: { select: { date: true } } },
    }),
    prisma.team.findMany({ orderBy: { name: 'asc' } }),
    prisma.user.findMany({
      where: { teamId: { not: null }, role: { in: ['REP', 'LEAD'] } },
      select: { id: true, name: true, colour: true, teamId: true, active: true },
      orderBy: { name: 'asc' },
    }),
    prisma.monthlyGoal.findMany({ where: { month: options.month } }),
  ]);
  const reportingCurrency = organization?.reportingCurrency ?? officeRows[0]?.currency ?? 'USD';

  // Deals won in the month (in any office's zone, so a day either side) and open deals
  // expected to close in it.
  const widest = { start: new Date(options.month.getTime() - dayMs), end: new Date(options.month.getTime() + 33 * dayMs) };
  const monthEnd = new Date(Date.UTC(options.month.getUTCFullYear(), options.month.getUTCMonth() + 1, 1));
  const dealRows = await prisma.deal.findMany({
    where: {
      deletedAt: null,
      OR: [
        { outcome: 'WON', closedAt: { gte: widest.start, lt: widest.end } },
        { stage: { not: 'COMPLETED' }, expectedCloseDate: { gte: options.month, lt: monthEnd } },
      ],
    },
    select: {
      id: true,
      ownerId: true,
      teamId: true,
      stage: true,
      outcome: true,
      amountMinor: true,
      closedAmountMinor: true,
      closedAt: true,
      expectedCloseDate: true,
      currency: true,
    },
  });

  const officeOfTeam = new Map(teamRows.map((team) => [team.id, team.officeId]));
  const offices: OfficeInfo[] = officeRows.map((office) => ({
    id: office.id,
    name: office.name,
    locale: office.locale,
    currency: office.currency,
    timeZone: office.timeZone,
    calendar: {
      timeZone: office.timeZone,
      businessDayStart: office.businessDayStart,
      businessDayEnd: office.businessDayEnd,
      holidays: office.holidays.map((holiday) => toDateString(holiday.date)),
    },
  }));
  const deals: PacingDeal[] = dealRows.flatMap((deal) => {
    const officeId = officeOfTeam.get(deal.teamId);
    if (!officeId) return [];
    return [
      {
        ...deal,
        officeId,
        expectedCloseDate: deal.expectedCloseDate ? toDateString(deal.expectedCloseDate) : null,
      },
    ];
  });
  const goalUsers = new Set(goals.map((goal) => goal.userId));
  const dealUsers = new Set(deals.map((deal) => deal.ownerId));
  const reps = userRows.filter((user) => user.active || goalUsers.has(user.id) || dealUsers.has(user.id));
  const rates = await loadExchangeRates({
    months: [options.month],
    currencies: [...new Set(offices.map((office) => office.currency))],
    reportingCurrency,
  });

  let summary: MonthSummary;
  try {
    summary = summarizeScopes({
      month: options.month,
      now: options.now,
      offices: offices.map((office) => ({ id: office.id, currency: office.currency, calendar: office.calendar })),
      teams: teamRows.map((team) => ({
        id: team.id,
        officeId: team.officeId,
        stageWeights: { BACKLOG: team.weightBacklog, TODO: team.weightTodo, IN_PROGRESS: team.weightInProgress },
      })),
      reps: reps.map((user) => ({ userId: user.id, teamId: user.teamId! })),
      goals: goals.flatMap((goal) => {
        const officeId = officeOfTeam.get(goal.teamId);
        return officeId ? [{ userId: goal.userId, teamId: goal.teamId, officeId, amountMinor: goal.amountMinor, currency: goal.currency }] : [];
      }),
      // summarizeScopes counts a won deal only inside the month in its office's zone.
      deals,
      exchangeRates: rates,
      reportingCurrency,
    });
  } catch (error) {
    if (isPacingError(error)) throw new AppError('UNPROCESSABLE', `The wall cannot be computed: ${error.message}`);
    throw error;
  }

  const loaded: LoadedMonth = {
    month: options.month,
    sequence,
    computedAt: options.now,
    reportingCurrency,
    offices,
    teams: teamRows.map((team) => ({ id: team.id, name: team.name, colour: team.colour, officeId: team.officeId })),
    reps: new Map(reps.map((user) => [user.id, { id: user.id, name: user.name, colour: user.colour }])),
    deals,
    rates,
    summary,
  };
  cache().set(key, loaded);
  return loaded;
}
