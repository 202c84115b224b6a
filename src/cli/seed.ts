// npm run db:seed [-- --force] [-- --size demo|large|tiny] — migrates the database the
// environment names, then replaces its contents with the demo organisation (the default),
// or with the large organisation for measuring at scale (`large`: 1,000 reps and four
// years of history; `tiny`: the same generator at a test's size). Without --force it
// refuses to touch a database that holds a real (non-demo) organisation or users.
import { parseEnvironment } from '@/server/env';
import { describeTarget, openDatabase, resolveDatabaseTarget } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { seedDemoData, type DemoSeedCounts } from '@/server/demo-seed';
import { seedLargeOrganisation } from '@/server/large-seed';
import { runCommand } from './run-command';

const sizes = ['demo', 'large', 'tiny'] as const;
type Size = (typeof sizes)[number];

function parseArguments(argumentList: string[]): { force: boolean; size: Size } {
  let force = false;
  let size: Size = 'demo';
  for (let index = 0; index < argumentList.length; index += 1) {
    const argument = argumentList[index]!;
    if (argument === '--force') force = true;
    else if (argument === '--size' || argument.startsWith('--size=')) {
      const value = argument === '--size' ? argumentList[(index += 1)] : argument.slice('--size='.length);
      if (!sizes.includes(value as Size)) throw new Error(`--size must be one of ${sizes.join(', ')} (got ${JSON.stringify(value ?? '')})`);
      size = value as Size;
    } else throw new Error(`unknown argument "${argument}" (the options are --force and --size ${sizes.join('|')})`);
  }
  return { force, size };
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
  const { force, size } = parseArguments(process.argv.slice(2));
  const target = resolveDatabaseTarget(parseEnvironment(process.env));
  if (size !== 'demo' && target.kind !== 'postgres') {
    throw new Error(`--size ${size} needs PostgreSQL: set DATABASE_URL (the embedded database is for the demo)`);
  }
  const database = openDatabase(target);
  try {
    await applyMigrations(database.adapterFactory);
    if (size === 'demo') {
      const counts = await seedDemoData(database.prisma, { force });
      console.log(`Seeded demo data: ${describeCounts(counts)} into ${describeTarget(target)}`);
      return;
    }
    await database.close();
    const startedAt = Date.now();
    const counts = await seedLargeOrganisation({
      databaseUrl: target.kind === 'postgres' ? target.url : '',
      size,
      force,
      log: (line) => console.log(`db:seed: ${line} (${Math.round((Date.now() - startedAt) / 1000)} s)`),
    });
    console.log(`Seeded the ${size} organisation: ${describeCounts(counts)} into ${describeTarget(target)} in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  } finally {
    await database.close();
  }
});
