import { beforeAll, describe, expect, it } from 'vitest';
import { monthStartInZone } from '@/domain/calendar';
import type { TDealChange } from '@/schemas/deal';
import { seedDemoData } from '@/server/demo-seed';
import { loadSessionUser, type SessionUser } from '@/server/auth/session-user';
import { closeDeal } from '@/server/use-cases/close-deal';
import { reopenDeal } from '@/server/use-cases/reopen-deal';
import { deleteDeal } from '@/server/use-cases/delete-deal';
import { updateDeal } from '@/server/use-cases/update-deal';
import { cutMonthSummaryNow, invalidateMonthSummaries, loadMonthSummary, loadMonthWithDeals } from '@/server/wall/load-month-summary';
import { useTestDatabase } from '../setup/test-database';

// The wall's month figures are kept up to date change by change (a running ledger). They
// must always be exactly what reading the month afresh gives, whether the changes were
// handed over by this process's publisher (in any order) or read from the DealEvent log
// (changes made on another instance).

const database = useTestDatabase();
let admin: SessionUser;
let month: Date;

beforeAll(async () => {
  await seedDemoData(database().prisma);
  const user = await database().prisma.user.findUniqueOrThrow({ where: { email: 'admin@cadence.demo' }, select: { id: true } });
  admin = (await loadSessionUser(user.id))!;
  const first = await database().prisma.office.findFirstOrThrow({ orderBy: { name: 'asc' } });
  month = monthStartInZone(new Date(), first.timeZone);
}, 120_000);

async function freshSummary(now: Date) {
  invalidateMonthSummaries();
  return loadMonthSummary({ month, now });
}

/** A spread of changes: wins, a loss, a reopen, a delete, and an open deal moved out of the month. */
async function makeChanges(): Promise<TDealChange[]> {
  const open = await database().prisma.deal.findMany({
    where: { stage: { in: ['TODO', 'IN_PROGRESS'] }, deletedAt: null, expectedCloseDate: { gte: month } },
    orderBy: { id: 'asc' },
    take: 5,
  });
  expect(open.length).toBe(5);
  const [first, second, third, fourth, fifth] = open as [(typeof open)[0], (typeof open)[0], (typeof open)[0], (typeof open)[0], (typeof open)[0]];
  const changes: TDealChange[] = [];
  const won = await closeDeal({ actor: admin, dealId: first.id, input: { version: first.version, outcome: 'WON', closedAmountMinor: first.amountMinor + 12_345 } });
  changes.push(won.change);
  changes.push((await closeDeal({ actor: admin, dealId: second.id, input: { version: second.version, outcome: 'LOST' } })).change);
  const wonAgain = await closeDeal({ actor: admin, dealId: third.id, input: { version: third.version, outcome: 'WON' } });
  changes.push(wonAgain.change);
  changes.push((await reopenDeal({ actor: admin, dealId: third.id, input: { version: wonAgain.deal.version, stage: 'TODO' } })).change);
  changes.push((await deleteDeal({ actor: admin, dealId: fourth.id, input: { version: fourth.version } })).change);
  const nextMonth = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 15)).toISOString().slice(0, 10);
  changes.push((await updateDeal({ actor: admin, dealId: fifth.id, input: { version: fifth.version, expectedCloseDate: nextMonth } })).change);
  return changes;
}

describe('the running month figures', () => {
  it('catch up from the DealEvent log to exactly the figures of a fresh read', async () => {
    const now = new Date();
    const before = await freshSummary(now);
    // No publisher runs here: the changes reach the figures only through the log.
    const changes = await makeChanges();
    const { loaded: caughtUp, deals: caughtUpDeals } = await loadMonthWithDeals({ month, now, maxAgeMs: 0 });
    expect(caughtUp.sequence).toBe(Math.max(...changes.map((change) => change.sequence)));
    expect(caughtUp.summary).not.toEqual(before.summary);
    invalidateMonthSummaries();
    const { loaded: fresh, deals: freshDeals } = await loadMonthWithDeals({ month, now });
    expect(caughtUp.summary).toEqual(fresh.summary);
    expect(caughtUpDeals.map((deal) => deal.id).sort()).toEqual(freshDeals.map((deal) => deal.id).sort());
    // The deals are listed once per cut: the same cut, asked again, gives the same list.
    const again = await loadMonthWithDeals({ month, now });
    expect(again.loaded).toBe(fresh);
    expect(again.deals).toBe(freshDeals);
  });

  it('apply changes handed over with a gap, in order, or replayed, to the same figures', async () => {
    const now = new Date();
    await freshSummary(now);
    const changes = await makeChanges();
    // The first change is missing (committed, but not handed over yet) and the rest come
    // reversed: nothing follows on from what is held, so the log is read for the gap.
    const reversed = await loadMonthSummary({ month, now, changes: changes.slice(1).reverse(), maxAgeMs: 0 });
    const fresh = await freshSummary(now);
    expect(reversed.summary).toEqual(fresh.summary);

    const more = await makeChanges();
    // In order: applied without a query; then the first one again changes nothing.
    const inOrder = await loadMonthSummary({ month, now, changes: more, maxAgeMs: 0 });
    const replayed = await loadMonthSummary({ month, now, changes: [more[0]!], maxAgeMs: 0 });
    const freshAgain = await freshSummary(now);
    expect(inOrder.summary).toEqual(freshAgain.summary);
    expect(replayed.summary).toEqual(freshAgain.summary);
    expect(inOrder.sequence).toBe(freshAgain.sequence);
  });

  it('are cut at once, with no await, from the changes handed over, once the month is loaded', async () => {
    const now = new Date();
    invalidateMonthSummaries();
    // Not loaded yet: the publisher must take the path that reads the month.
    expect(cutMonthSummaryNow({ month, now, changes: [] })).toBeNull();
    await loadMonthSummary({ month, now });
    const changes = await makeChanges();
    const cut = cutMonthSummaryNow({ month, now, changes })!;
    expect(cut.sequence).toBe(Math.max(...changes.map((change) => change.sequence)));
    const fresh = await freshSummary(now);
    expect(cut.summary).toEqual(fresh.summary);
  });
});
