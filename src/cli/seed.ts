// npm run db:seed [-- --force] — migrates the database the environment names, then
// replaces its contents with the demo organisation. Without --force it refuses to
// touch a database that holds a real (non-demo) organisation or users.
import { parseEnvironment } from '@/server/env';
import { describeTarget, openDatabase, resolveDatabaseTarget } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { seedDemoData, type DemoSeedCounts } from '@/server/demo-seed';
import { runCommand } from './run-command';

function parseArguments(argumentList: string[]): { force: boolean } {
  let force = false;
  for (const argument of argumentList) {
    if (argument === '--force') force = true;
    else throw new Error(`unknown argument "${argument}" (the only option is --force)`);
  }
  return { force };
}

function describeCounts(counts: DemoSeedCounts): string {
  const format = (value: number) => value.toLocaleString('en-US');
  return [
    `${format(counts.offices)} offices`,
    `${format(counts.teams)} teams`,
    `${format(counts.users)} users`,
    `${format(counts.goals)} goals`,
    `${format(counts.deals)} deals`,
    `${format(counts.dealEvents)} deal events`,
  ].join(', ');
}

await runCommand('db:seed', async () => {
  const { force } = parseArguments(process.argv.slice(2));
  const target = resolveDatabaseTarget(parseEnvironment(process.env));
  const database = openDatabase(target);
  try {
    await applyMigrations(database.adapterFactory);
    const counts = await seedDemoData(database.prisma, { force });
    console.log(`Seeded demo data: ${describeCounts(counts)} into ${describeTarget(target)}`);
  } finally {
    await database.close();
  }
});
