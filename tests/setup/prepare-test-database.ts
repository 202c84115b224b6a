// Migrates the database the integration tests start from. The global setups run this
// in a child process, because the WebAssembly schema engine must not run inside
// vitest's own process: the projects' setups each load src/server/migrations.ts but
// share the engine's JavaScript glue, and a timer one engine leaves behind then fires
// into another engine's instance and kills the process.
//
//   tsx tests/setup/prepare-test-database.ts postgres <database url>
//   tsx tests/setup/prepare-test-database.ts pglite <snapshot file to write>
import { writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openDatabase } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { runCommand } from '@/cli/run-command';

async function migratePostgres(url: string): Promise<void> {
  const database = openDatabase({ kind: 'postgres', url });
  try {
    await applyMigrations(database.adapterFactory);
  } finally {
    await database.close();
  }
}

/** Migrates an in-memory PGlite database and saves its data directory as a tar file. */
async function writePGliteSnapshot(snapshotPath: string): Promise<void> {
  const client = new PGlite('memory://');
  try {
    await applyMigrations(new PrismaPGlite(client));
    const snapshot = await client.dumpDataDir('none');
    await writeFile(snapshotPath, new Uint8Array(await snapshot.arrayBuffer()));
  } finally {
    await client.close();
  }
}

await runCommand('prepare-test-database', async () => {
  const [kind, destination] = process.argv.slice(2);
  if (kind === 'postgres' && destination) return migratePostgres(destination);
  if (kind === 'pglite' && destination) return writePGliteSnapshot(destination);
  throw new Error('usage: prepare-test-database.ts postgres <database url> | pglite <snapshot file>');
});
// The schema engine leaves a 10-second timer running; there is nothing left to wait for.
process.exit();
