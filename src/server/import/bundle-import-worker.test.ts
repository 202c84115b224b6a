import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '@/server/migrations';
import { bundleImportWorker } from './bundle-import-worker';

// The production build starts import workers from one bundled file. It must load without
// tsx and without Prisma's client or the embedded database, which the worker never uses
// (their runtimes cost the thread tens of megabytes).

const cache = path.join(projectRoot, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const directory = await mkdtemp(path.join(cache, 'import-worker-bundle-'));
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('bundleImportWorker', () => {
  it('writes plain JavaScript that imports pg and the CSV packages, not Prisma, PGlite or tsx', async () => {
    const outfile = path.join(directory, 'import-worker.mjs');
    const packages = await bundleImportWorker(projectRoot, outfile);
    expect(packages).toEqual(expect.arrayContaining(['csv-parse', 'pg', 'node:worker_threads']));
    expect(packages.filter((name) => /prisma|pglite|tsx/.test(name))).toEqual([]);
    const code = await readFile(outfile, 'utf8');
    expect(code).not.toMatch(/from ["']@\//);
    expect(code).toContain('jsonb_to_recordset');
  });
});
