import { beforeEach, describe, expect, it } from 'vitest';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { loadSessionUser } from '@/server/auth/session-user';
import { createDealEventCache, loadForecastHistory } from '@/server/forecast/load-forecast-history';
import { moveDeal } from '@/server/use-cases/move-deal';

// The live forecast keeps the deal events it has read and reads only the new ones. On a
// real database: after moves, a reset and new data, the history loaded through the cache
// is exactly the one loaded from scratch.

const database = useTestDatabase();
const DAY = 86_400_000;
let rep: UserRecord;
let dealIds: string[];

async function seed() {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep', startDate: new Date(Date.now() - 200 * DAY) });
  dealIds = [];
  for (let index = 0; index < 4; index += 1) {
    const deal = await createDeal(prisma, { ownerId: rep.id, teamId: team.id, account: `Account ${index}`, amountMinor: 100_000 * (index + 1), stage: 'TODO', createdAt: new Date(Date.now() - (30 + index) * DAY) });
    dealIds.push(deal.id);
  }
}

beforeEach(seed);

async function moveEach(stage: 'IN_PROGRESS' | 'TODO') {
  const actor = (await loadSessionUser(rep.id))!;
  const prisma = database().prisma;
  for (const dealId of dealIds) {
    const { version } = await prisma.deal.findUniqueOrThrow({ where: { id: dealId }, select: { version: true } });
    await moveDeal({ actor, dealId, input: { version, stage } });
  }
}

describe('the forecast history’s event cache', () => {
  it('reads only new events, and the history equals one read from scratch after moves, a reset and new data', async () => {
    const prisma = database().prisma;
    const cache = createDealEventCache();
    expect(await loadForecastHistory(prisma, { eventCache: cache })).toEqual(await loadForecastHistory(prisma));

    await moveEach('IN_PROGRESS');
    const afterMoves = await loadForecastHistory(prisma, { eventCache: cache });
    expect(cache.count).toBeGreaterThanOrEqual(dealIds.length);
    expect(afterMoves).toEqual(await loadForecastHistory(prisma));
    expect(afterMoves.deals.find((deal) => deal.id === dealIds[0])!.timeline.at(-1)!.stage).toBe('IN_PROGRESS');

    await moveEach('TODO');
    // Two loads at once append the new events once.
    const [first, second] = await Promise.all([loadForecastHistory(prisma, { eventCache: cache }), loadForecastHistory(prisma, { eventCache: cache })]);
    const fresh = await loadForecastHistory(prisma);
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    expect(cache.events).toHaveLength(cache.count);

    // Everything gone and new deals moved once: the cache notices and reads again.
    await seed();
    await moveEach('IN_PROGRESS');
    const reseeded = await loadForecastHistory(prisma, { eventCache: cache });
    expect(reseeded).toEqual(await loadForecastHistory(prisma));
    expect(reseeded.deals.map((deal) => deal.id).sort()).toEqual([...dealIds].sort());
  });
});
