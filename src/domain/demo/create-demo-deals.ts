import { paceAt } from '@/domain/pacing/pace';
import { listWorkingDayNumbers, localTimeToInstant } from './office-calendar';
import { buildGoal, type DealRecord, type DealStage, type GoalRecord } from './record-builders';
import { currentMonthFactors, dayLength, hourLength, minorPerMajor, monthsOfHistory, rampUp, seasonality } from './demo-shape';
import { hasActivityTimeToday } from './create-demo-offices';
import type { DealWriter } from './demo-deal-writer';
import { padNumber, roundTo, type Context, type Month, type Seller } from './demo-context';

/**
 * A goal for every seller and month, and the deals they closed against it: in past
 * months wins of about 65-135% of goal; this month, wins so far at the team's factor
 * times the pace (the share of the month's working days gone by).
 */
export function createGoalsAndClosedDeals(context: Context, sellers: Seller[], dealWriter: DealWriter): GoalRecord[] {
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
      const closingDays = listWorkingDayNumbers(
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
export function createOpenPipeline(context: Context, sellers: Seller[], dealWriter: DealWriter): void {
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
export function assignPositions(deals: DealRecord[]): void {
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
