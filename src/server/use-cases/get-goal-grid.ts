import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZGoalGridQuery, type TGoalGrid, type TGoalGridCompany, type TGoalRow } from '@/schemas/admin';
import { refusalToEditAnyGoals, refusalToEditGoals, refusalToEditOfficeGoals } from '@/domain/admin/permissions';
import { convertOutsideGoals, listMonthKeys } from '@/domain/admin/goal-grid';
import { monthKey, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { monthKeyOf } from '@/domain/pacing/working-days';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { loadExchangeRates } from '@/server/load-exchange-rates';

const maximumMonths = 36;

/**
 * The goal grid of a team or an office: a row per active rep or lead of its teams (and
 * anyone else with a goal recorded against them in the range), a column per month.
 * Admins see any; managers the teams they manage; leads the team they lead. Anyone who may
 * open a grid also gets the company figures outside it, for the company total.
 */
export async function getGoalGrid(options: { actor: SessionUser; query: unknown; now?: Date }): Promise<TGoalGrid> {
  const query = ZGoalGridQuery.parse(options.query);
  const now = options.now ?? new Date();
  const months = listMonthKeys(query.from, query.to);
  if (months.length > maximumMonths) throw new AppError('UNPROCESSABLE', `Show at most ${maximumMonths} months at once.`);
  const actor = await loadAdminActor(options.actor);
  assertAllowed(refusalToEditAnyGoals(actor));

  const officeId = query.officeId ?? (await prisma.team.findUnique({ where: { id: query.teamId! }, select: { officeId: true } }))?.officeId;
  if (!officeId) throw new AppError('NOT_FOUND', 'No such team.');
  const office = await prisma.office.findUnique({
    where: { id: officeId },
    select: { currency: true, locale: true, timeZone: true, teams: { select: { id: true, name: true, officeId: true }, orderBy: { name: 'asc' } } },
  });
  if (!office) throw new AppError('NOT_FOUND', 'No such office.');
  const teams = query.teamId ? office.teams.filter((team) => team.id === query.teamId) : office.teams;
  const teamIds = teams.map((team) => team.id);
  assertAllowed(query.teamId ? refusalToEditGoals(actor, query.teamId) : refusalToEditOfficeGoals(actor, teamIds));

  const [members, goals] = await Promise.all([
    prisma.user.findMany({
      where: { teamId: { in: teamIds }, active: true, role: { in: ['REP', 'LEAD'] } },
      select: { id: true, name: true, teamId: true },
    }),
    prisma.monthlyGoal.findMany({
      where: { teamId: { in: teamIds }, month: { gte: parseMonthKey(query.from)!, lte: parseMonthKey(query.to)! } },
      select: { userId: true, teamId: true, month: true, amountMinor: true, user: { select: { name: true } } },
    }),
  ]);
  const rows = new Map<string, TGoalRow>();
  const emptyCells = () => Object.fromEntries(months.map((month) => [month, null])) as TGoalRow['cells'];
  for (const member of members) rows.set(member.id, { userId: member.id, name: member.name, teamId: member.teamId!, cells: emptyCells() });
  for (const goal of goals) {
    let row = rows.get(goal.userId);
    if (!row) {
      row = { userId: goal.userId, name: goal.user.name, teamId: goal.teamId, cells: emptyCells() };
      rows.set(goal.userId, row);
    }
    row.cells[monthKey(goal.month)] = goal.amountMinor;
  }
  const company = await loadCompanyFigures({ months, teamIds, gridCurrency: office.currency });
  const teamOrder = new Map(teams.map((team, index) => [team.id, index]));
  return {
    months,
    rows: [...rows.values()].sort((a, b) => teamOrder.get(a.teamId)! - teamOrder.get(b.teamId)! || a.name.localeCompare(b.name)),
    currency: office.currency,
    locale: office.locale,
    teams,
    currentMonth: monthKey(monthStartInZone(now, office.timeZone)),
    company,
  };
}

/** The goals of every team but `teamIds` in the reporting currency, and the grid currency's rates, per month. */
async function loadCompanyFigures(options: { months: string[]; teamIds: string[]; gridCurrency: string }): Promise<TGoalGridCompany> {
  const monthStarts = options.months.map((month) => parseMonthKey(month)!);
  const [organization, offices, outsideGoals] = await Promise.all([
    prisma.organization.findFirst({ select: { reportingCurrency: true } }),
    prisma.office.findMany({ select: { currency: true, locale: true }, orderBy: { name: 'asc' } }),
    prisma.monthlyGoal.findMany({
      where: { teamId: { notIn: options.teamIds }, month: { gte: monthStarts[0]!, lte: monthStarts.at(-1)! } },
      select: { month: true, amountMinor: true, currency: true, team: { select: { officeId: true } } },
    }),
  ]);
  const reportingCurrency = organization?.reportingCurrency ?? options.gridCurrency;
  const goals = outsideGoals.map((goal) => ({ officeId: goal.team.officeId, month: monthKey(goal.month), amountMinor: goal.amountMinor, currency: goal.currency }));
  const currencies = [...new Set([options.gridCurrency, ...goals.map((goal) => goal.currency)])];
  const rates = await loadExchangeRates({ months: monthStarts, currencies, reportingCurrency });
  const rateByKey = new Map(rates.map((rate) => [`${rate.currency}|${monthKeyOf(rate.month)}`, rate.rateToReporting]));
  const rateOf = (currency: string, month: string) => rateByKey.get(`${currency}|${month}`) ?? null;
  const otherMinor = convertOutsideGoals(goals, options.months, rateOf, reportingCurrency);
  return {
    currency: reportingCurrency,
    locale: offices.find((office) => office.currency === reportingCurrency)?.locale ?? 'en-US',
    months: Object.fromEntries(
      options.months.map((month) => [month, { otherMinor: otherMinor[month] ?? null, rateToReporting: rateOf(options.gridCurrency, month) }]),
    ),
  };
}
