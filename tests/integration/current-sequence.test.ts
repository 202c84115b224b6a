import { beforeEach, describe, expect, it } from 'vitest';
import { createDeal, createOffice, createTeam, createUser } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { loadSessionUser } from '@/server/auth/session-user';
import { currentSequence } from '@/server/current-sequence';
import { moveDeal } from '@/server/use-cases/move-deal';

const database = useTestDatabase();

describe('the current sequence', () => {
  beforeEach(() => resetDatabase(database().prisma));

  it('is 0 before any change, then the newest DealEvent’s sequence', async () => {
    const prisma = database().prisma;
    expect(await currentSequence()).toBe(0);
    const office = await createOffice(prisma);
    const team = await createTeam(prisma, { officeId: office.id });
    const rep = await createUser(prisma, { teamId: team.id, role: 'REP' });
    const actor = (await loadSessionUser(rep.id))!;
    const deals = [await createDeal(prisma, { ownerId: rep.id, teamId: team.id, stage: 'TODO' }), await createDeal(prisma, { ownerId: rep.id, teamId: team.id, stage: 'TODO' })];
    for (const deal of deals) await moveDeal({ actor, dealId: deal.id, input: { version: deal.version, stage: 'IN_PROGRESS' } });
    const newest = await prisma.$queryRaw<{ max: number }[]>`SELECT max(sequence)::int AS max FROM "DealEvent"`;
    expect(newest[0]!.max).toBeGreaterThan(0);
    expect(await currentSequence()).toBe(newest[0]!.max);
  });
});
