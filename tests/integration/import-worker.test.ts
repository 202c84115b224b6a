import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOffice, createTeam, createUser } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { setWallPublisher } from '@/realtime/registry';
import type { SessionUser } from '@/server/auth/session-user';
import { runImportJob } from '@/server/import/run-import-job';
import { salesforceOpportunities, salesforceUsers, type SampleDeal, type SamplePerson } from '@/domain/import/sample-files';

// An import on PostgreSQL runs in a worker thread. If that thread is lost part way (killed,
// out of memory), what it wrote must not stay half done: the request thread undoes the run.
// PostgreSQL project only: on PGlite the import runs in the app's own thread.

const database = useTestDatabase();
const dyingWorker = fileURLToPath(new URL('../setup/import-worker-that-dies.mjs', import.meta.url));
let admin: SessionUser;
let workerPath: string | undefined;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  setWallPublisher({ markDirty: () => {} });
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  const user = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin', email: 'admin@example.com' });
  admin = { id: user.id, name: user.name, email: user.email, role: user.role, teamId: null, ledTeamIds: [], managedTeamIds: [] };
  workerPath = process.env.CADENCE_IMPORT_WORKER_PATH;
});

afterEach(() => {
  process.env.CADENCE_IMPORT_WORKER_PATH = workerPath;
  setWallPublisher(undefined);
});

describe('an import whose worker is lost part way', () => {
  it('is undone: no deal it wrote is left, and the run says so', async () => {
    const owner: SamplePerson = { id: '005000000000AdA', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', team: 'Enterprise', office: 'New York', startDate: '2024-02-01', isActive: true };
    // More deals than one chunk, so the first chunk is committed before the worker goes.
    const deals: SampleDeal[] = Array.from({ length: 250 }, (_, index) => ({
      id: `006B${String(index).padStart(11, '0')}`, title: `Deal ${index}`, account: `Account ${index}`, stage: 'Prospecting', amount: 1_000 + index,
      currency: 'USD', closeDate: '2027-03-01', createdAt: '2026-09-01T10:00:00.000Z', outcome: null, owner,
    }));
    const bytes = (text: string) => new TextEncoder().encode(text);
    process.env.CADENCE_IMPORT_WORKER_PATH = dyingWorker;
    await expect(runImportJob({
      kind: 'commit',
      actor: admin,
      files: { people: { name: 'User.csv', bytes: bytes(salesforceUsers([owner])) }, deals: { name: 'Opportunity.csv', bytes: bytes(salesforceOpportunities(deals)) } },
      input: {},
    })).rejects.toThrow('The import worker stopped (exit code 70).');

    const prisma = database().prisma;
    const run = await prisma.importRun.findFirstOrThrow();
    expect(run.status).toBe('UNDONE');
    // The first chunk was written (and each of its deals now has a DELETED event); none is left live.
    expect(await prisma.deal.count()).toBeGreaterThan(0);
    expect(await prisma.deal.count({ where: { deletedAt: null } })).toBe(0);
    expect(await prisma.externalRecord.count({ where: { kind: 'DEAL' } })).toBe(0);
  }, 120_000);
});
