import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { runPrepareScript } from './run-prepare-script';
import './provided-context';

// Migrates one in-memory PGlite database per run, once, and saves its data directory
// as a tar file. Each test file loads that snapshot into a new in-memory database,
// which is far faster than starting the WebAssembly schema engine again.

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cadence-test-pglite-'));
  const teardown = () => rm(directory, { recursive: true, force: true });
  const snapshotPath = path.join(directory, 'migrated.tar');
  try {
    await runPrepareScript(['pglite', snapshotPath]);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('pgliteSnapshotPath', snapshotPath);
  return teardown;
}
