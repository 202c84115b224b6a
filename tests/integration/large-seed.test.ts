import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ZDealCard } from '@/schemas/deal';
import { projectRoot } from '@/server/migrations';
import { seedLargeOrganisation } from '@/server/large-seed';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { getBurnDown } from '@/server/use-cases/get-burn-down';
import { invalidateMonthSummaries, loadMonthSummary } from '@/server/wall/load-month-summary';
import { heldMonthLimit, states } from '@/server/wall/month-state-cache';
import { useTestDatabase } from '../setup/test-database';

// The large organisation's seed (npm run db:seed -- --size large) at its tiny size, so
// that it keeps working without writing 700,000 deals in every test run. PostgreSQL only:
// the large seed refuses the embedded database.

const database = useTestDatabase();
const today = new Date('2026-12-03T07:45:00Z');

function urlOf(): string {
  const { target } = database();
  if (target.kind !== 'postgres') throw new Error('this test runs on PostgreSQL only');
  return target.url;
}

describe('db:seed --size tiny', () => {
  it('writes the organisation with its history in time order, and the wall computes on it', async () => {
    const counts = await seedLargeOrganisation({ databaseUrl: urlOf(), size: 'tiny', today });
    const prisma = database().prisma;
    expect(counts).toMatchObject({ offices: 2, teams: 4, users: 15, goals: 48 });
    expect(await prisma.deal.count()).toBe(counts.deals);
    expect(await prisma.dealEvent.count()).toBe(counts.dealEvents);
    for (const stage of ['BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED'] as const) {
      expect(await prisma.deal.count({ where: { stage } })).toBeGreaterThan(0);
    }
    // Sequence numbers grow with occurredAt, and every card in the history reads as a card.
    const events = await prisma.dealEvent.findMany({ orderBy: { sequence: 'asc' } });
    for (let index = 1; index < events.length; index += 1) {
      expect(events[index]!.occurredAt.getTime()).toBeGreaterThanOrEqual(events[index - 1]!.occurredAt.getTime());
    }
    for (const event of events) {
      const after = ZDealCard.parse(event.after);
      expect(after.id).toBe(event.dealId);
      if (event.type === 'CREATED') expect(event.before).toBeNull();
      else expect(ZDealCard.parse(event.before).version).toBe(after.version - 1);
    }
    // The last event of each deal is the deal as it is.
    const deal = await prisma.deal.findFirstOrThrow({ where: { outcome: 'WON' } });
    const last = events.filter((event) => event.dealId === deal.id).at(-1)!;
    expect(last.type).toBe('CLOSED');
    expect(ZDealCard.parse(last.after)).toMatchObject({ version: deal.version, closedAt: deal.closedAt!.toISOString(), closedAmountMinor: deal.closedAmountMinor });

    invalidateMonthSummaries();
    const wall = await getWallSnapshot({ scope: { kind: 'company' }, now: today });
    expect(wall.teams).toHaveLength(4);
    expect(wall.teams.every((team) => team.goalMinor > 0)).toBe(true);
    const office = await prisma.office.findFirstOrThrow({ orderBy: { name: 'asc' } });
    const burnDown = await getBurnDown({ scope: { kind: 'office', id: office.id }, month: '2026-10', now: today });
    expect(burnDown.points.length).toBeGreaterThan(20);
    expect(burnDown.bar.closedWonMinor).toBeGreaterThan(0);
  });

  it('holds the current and previous month and a few browsed ones, not every month ever asked for', async () => {
    invalidateMonthSummaries();
    const months = ['2026-12', '2026-11', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
    for (const month of months) await loadMonthSummary({ month: new Date(`${month}-01T00:00:00Z`), now: today });
    expect(states().size).toBe(heldMonthLimit);
    // The two latest stay however long ago they were used; of the others, the most recent.
    expect([...states().keys()].sort()).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('refuses to replace an organisation that is not the demo, and writes nothing', async () => {
    const prisma = database().prisma;
    await prisma.deal.deleteMany();
    await prisma.organization.updateMany({ data: { isDemo: false, name: 'Real Co' } });
    await expect(seedLargeOrganisation({ databaseUrl: urlOf(), size: 'tiny', today })).rejects.toThrow(/Real Co/);
    expect(await prisma.deal.count()).toBe(0);
  });

  it('is refused on the embedded database with one line', async () => {
    const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'cadence-large-seed-'));
    try {
      const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
      const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [tsxCli, path.join('src', 'cli', 'seed.ts'), '--size', 'large'],
          { cwd: projectRoot, env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: os.tmpdir(), DATA_DIR: dataDirectory } },
          (error, _stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
        );
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual(['db:seed: --size large needs PostgreSQL: set DATABASE_URL (the embedded database is for the demo)']);
    } finally {
      await rm(dataDirectory, { recursive: true, force: true });
    }
  });
});
