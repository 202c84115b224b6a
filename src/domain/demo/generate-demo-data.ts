// The demo organisation: three offices, nine teams, about seventy sellers, thirteen
// months of goals and deals, and the event history behind every deal. Pure and
// deterministic: the same `today` and seed give the same rows, ids included, so the
// seed can insert them as they are. Nothing here reads the clock or touches a database.
//
// The generators live beside this file: demo-shape.ts (what the organisation looks
// like), demo-context.ts (what they share), create-demo-offices.ts, create-demo-people.ts,
// create-demo-exchange-rates.ts, demo-deal-writer.ts (deals and their events) and
// create-demo-deals.ts (goals, won and lost deals, the open pipeline, positions).

import { buildOrganization, type DealEventRecord, type DealRecord, type ExchangeRateRecord, type GoalRecord, type HolidayRecord, type OfficeRecord, type OrganizationRecord, type TeamRecord, type UserRecord } from './record-builders';
import { createSeededRandom } from './seeded-random';
import { dayLength, defaultDemoSeed, hourLength, monthsOfHistory } from './demo-shape';
import { describeMonth, type Context, type Month } from './demo-context';
import { createOffices } from './create-demo-offices';
import { createPeople } from './create-demo-people';
import { createExchangeRates } from './create-demo-exchange-rates';
import { createDealWriter } from './demo-deal-writer';
import { assignPositions, createGoalsAndClosedDeals, createOpenPipeline } from './create-demo-deals';

export { demoLoginEmails, demoLogins } from './demo-logins';
export { defaultDemoSeed } from './demo-shape';

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
