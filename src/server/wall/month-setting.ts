import { prisma } from '@/server/db';
import { loadExchangeRates } from '@/server/load-exchange-rates';
import type { PacingOffice } from '@/domain/pacing/month-summary';
import type { ExchangeRate } from '@/domain/pacing/exchange-rates';
import type { MonthLedgerOptions } from '@/domain/pacing/month-ledger';
import type { StageWeights } from '@/domain/pacing/deal-contributions';

// The small tables one month's wall needs (offices, teams, reps, goals, rates), read in
// one go and read again when older than `summaryRefreshMs` or after an administrative
// change.

export type OfficeInfo = { id: string; name: string; locale: string; currency: string; timeZone: string; calendar: PacingOffice['calendar'] };
export type TeamInfo = { id: string; name: string; colour: string; officeId: string; stageWeights: StageWeights };
export type RepInfo = { id: string; name: string; colour: string };

export type MonthSetting = {
  loadedAt: number;
  reportingCurrency: string;
  offices: OfficeInfo[];
  teams: TeamInfo[];
  reps: Map<string, RepInfo>;
  rates: ExchangeRate[];
  officeOfTeam: Map<string, string>;
  ledgerOptions: MonthLedgerOptions;
};

export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Reads the month's setting: the organisation's currency, offices with holidays, teams, reps, goals and rates. */
export async function loadSetting(month: Date): Promise<MonthSetting> {
  const [organization, officeRows, teamRows, userRows, goals] = await Promise.all([
    prisma.organization.findFirst({ select: { reportingCurrency: true } }),
    prisma.office.findMany({ orderBy: { name: 'asc' }, include: { holidays: { select: { date: true } } } }),
    prisma.team.findMany({ orderBy: { name: 'asc' } }),
    prisma.user.findMany({
      where: { teamId: { not: null }, role: { in: ['REP', 'LEAD'] } },
      select: { id: true, name: true, colour: true, teamId: true, active: true },
      orderBy: { name: 'asc' },
    }),
    prisma.monthlyGoal.findMany({ where: { month } }),
  ]);
  const reportingCurrency = organization?.reportingCurrency ?? officeRows[0]?.currency ?? 'USD';
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
  const rates = await loadExchangeRates({
    months: [month],
    currencies: [...new Set(offices.map((office) => office.currency))],
    reportingCurrency,
  });
  return {
    loadedAt: Date.now(),
    reportingCurrency,
    offices,
    teams: teamRows.map((team) => ({
      id: team.id,
      name: team.name,
      colour: team.colour,
      officeId: team.officeId,
      stageWeights: { BACKLOG: team.weightBacklog, TODO: team.weightTodo, IN_PROGRESS: team.weightInProgress },
    })),
    // Names for every rep and lead, so a former rep's bar keeps the name.
    reps: new Map(userRows.map((user) => [user.id, { id: user.id, name: user.name, colour: user.colour }])),
    rates,
    officeOfTeam,
    ledgerOptions: {
      month,
      offices: offices.map((office) => ({ id: office.id, currency: office.currency, calendar: office.calendar })),
      teams: teamRows.map((team) => ({
        id: team.id,
        officeId: team.officeId,
        stageWeights: { BACKLOG: team.weightBacklog, TODO: team.weightTodo, IN_PROGRESS: team.weightInProgress },
      })),
      // Listed reps: every active rep and lead in a team. Others show when a goal or a
      // deal of the month gives them figures.
      reps: userRows.filter((user) => user.active).map((user) => ({ userId: user.id, teamId: user.teamId! })),
      goals: goals.flatMap((goal) => {
        const officeId = officeOfTeam.get(goal.teamId);
        return officeId ? [{ userId: goal.userId, teamId: goal.teamId, officeId, amountMinor: goal.amountMinor, currency: goal.currency }] : [];
      }),
      exchangeRates: rates,
      reportingCurrency,
    },
  };
}
