import type { TestProject } from 'vitest/node';
import {
  closeDatabaseToConnections,
  createDatabase,
  createRunDatabaseName,
  databaseUrl,
  dropAbandonedRunDatabases,
  dropDatabasesStartingWith,
  resolveAdminUrl,
} from './postgres-server';
import { runPrepareScript } from './run-prepare-script';
import './provided-context';

// Migrates one base database per run, once. Each test file then gets its own copy
// (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration run.
// Teardown drops the base and every copy: they all share the base's unique name. A
// run that was killed cannot tear down, so setup also drops what such runs left behind.

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = resolveAdminUrl();
  const baseName = createRunDatabaseName();
  await dropAbandonedRunDatabases(adminUrl);
  await createDatabase(adminUrl, baseName);
  const teardown = async () => {
    await dropDatabasesStartingWith(adminUrl, baseName);
  };
  try {
    await runPrepareScript(['postgres', databaseUrl(adminUrl, baseName)]);
    await closeDatabaseToConnections(adminUrl, baseName);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplateDatabase', baseName);
  return teardown;
}
