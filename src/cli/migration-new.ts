// npm run db:migration:new -- <name> — writes prisma/migrations/<timestamp>_<name>/
// with the SQL that brings the existing migrations up to prisma/schema.prisma. The diff
// runs against a throwaway in-memory PGlite database, so no server is needed.
import path from 'node:path';
import { z } from 'zod';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { createMigration } from '@/server/migrations';
import { runCommand } from './run-command';

const ZMigrationName = z
  .string()
  .regex(/^[a-z0-9_]+$/, 'use only lowercase letters, digits and underscores')
  .max(200, 'keep it under 200 characters');

function parseMigrationName(argumentsGiven: string[]): string {
  const usage = 'usage: npm run db:migration:new -- <name>, e.g. add_deal_source';
  if (argumentsGiven.length !== 1) throw new Error(`give exactly one migration name (${usage})`);
  const result = ZMigrationName.safeParse(argumentsGiven[0]);
  if (!result.success) {
    const problem = result.error.issues[0]?.message ?? 'invalid name';
    throw new Error(`invalid migration name: ${problem} (${usage})`);
  }
  return result.data;
}

await runCommand('db:migration:new', async () => {
  const name = parseMigrationName(process.argv.slice(2));
  const client = new PGlite('memory://');
  try {
    const directory = await createMigration(new PrismaPGlite(client), name);
    console.log(
      directory
        ? `Created ${path.relative(process.cwd(), path.join(directory, 'migration.sql'))}`
        : 'schema.prisma and prisma/migrations already agree; no migration created',
    );
  } finally {
    await client.close();
  }
});
