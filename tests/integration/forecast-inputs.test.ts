import { beforeEach, describe, expect, it } from 'vitest';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { actualRevenue } from '@/domain/forecast/backtest';
import { collectDealFacts } from '@/domain/forecast/deal-facts';
import { viewHistoryAt } from '@/domain/forecast/history-at';
import { loadSessionUser } from '@/server/auth/session-user';
import { loadForecastHistory, loadForecastInputs } from '@/server/forecast/load-forecast-history';
import { closeDeal } from '@/server/use-cases/close-deal';
import { moveDeal } from '@/server/use-cases/move-deal';

// The live forecast reads the deals in chunks and folds each into the model's facts, so
// it never holds the whole history. On a real database, after moves and closes, what it
// folds chunk by chunk is exactly what the in-memory path (the backtest's) computes from
// every deal at once, deal order included (the simulation draws in that order).

const database = useTestDatabase();
const DAY = 86_400_000;
let rep: UserRecord;
let dealIds: string[];

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep', startDate: new Date(Date.now() - 800 * DAY) });
  dealIds = [];
  for (let index = 0; index < 7; index += 1) {
    const deal = await createDeal(prisma, { ownerId: rep.id, teamId: team.id, account: `Account ${index}`, amountMinor: 100_000 * (index + 1), stage: 'TODO', createdAt: new Date(Date.now() - (20 + 90 * index) * DAY) });
    dealIds.push(deal.id);
  }
});

async function expectSameAsInMemory(asOf: Date, months: number) {
  const prisma = database().prisma;
  const streamed = await loadForecastInputs(prisma, { asOf, months, chunkSize: 2 });
  const whole = await loadForecastHistory(prisma);
  expect(streamed.history).toEqual({ ...whole, deals: [] });
  expect(streamed.facts).toEqual(collectDealFacts(viewHistoryAt(whole, asOf, 'plan').deals, { ...whole, asOf, months }));
  expect(streamed.actuals).toEqual(actualRevenue(whole, asOf));
  return streamed;
}

describe('the forecast’s inputs read in chunks', () => {
  it('fold to the same facts, actual revenue and open-deal order as the whole history in memory', async () => {
    const first = await expectSameAsInMemory(new Date(), 6);
    expect(first.facts.pipeline.deals).toHaveLength(dealIds.length);

    const actor = (await loadSessionUser(rep.id))!;
    const prisma = database().prisma;
    for (const [index, dealId] of dealIds.entries()) {
      const { version } = await prisma.deal.findUniqueOrThrow({ where: { id: dealId }, select: { version: true } });
      if (index % 3 === 0) await closeDeal({ actor, dealId, input: { version, outcome: 'WON' } });
      else await moveDeal({ actor, dealId, input: { version, stage: 'IN_PROGRESS' } });
    }
    const later = await expectSameAsInMemory(new Date(), 3);
    expect(later.facts.wonThisMonth.length).toBe(3);
    expect([...later.actuals.get('company')!.values()].reduce((sum, amount) => sum + amount, 0)).toBe(100_000 + 400_000 + 700_000);
    // As known at an earlier instant: deals created since are not there yet.
    const earlier = await expectSameAsInMemory(new Date(Date.now() - 100 * DAY), 4);
    expect(earlier.facts.pipeline.deals.length).toBeLessThan(dealIds.length);
  });
});
