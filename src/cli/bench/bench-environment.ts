import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, installDatabase, closeDatabase, type Database } from '@/server/db';
import { applyMigrations, projectRoot } from '@/server/migrations';
import { seedDemoData } from '@/server/demo-seed';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { loadSessionUser } from '@/server/auth/session-user';

// A throwaway PostgreSQL database with the demo organisation and the real app serving
// it, for benchmarks. Everything is removed again by `stop`.

export type BenchEnvironment = {
  database: Database;
  databaseUrl: string;
  baseUrl: string;
  tokens: Record<'admin' | 'lead' | 'rep', string>;
  stop: () => Promise<void>;
};

const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function administer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function startApp(databaseUrl: string, port: number): ChildProcess {
  // BENCH_APP_NODE_ARGS passes extra flags to the app's Node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // The same Node flags as `npm start` (package.json): a larger young generation (decision 010).
  return spawn(process.execPath, ['--max-semi-space-size=32', ...extra, '--import', 'tsx', 'src/cli/start.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: '',
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${output.join('').slice(-2000)}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app did not become healthy within 5 minutes');
}

export async function startBenchEnvironment(options: { port: number; log: (line: string) => void }): Promise<BenchEnvironment> {
  const name = `cadence_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const base = new URL(adminUrl);
  base.pathname = `/${name}`;
  const databaseUrl = base.toString();
  await administer(`CREATE DATABASE "${name}"`);
  const database = openDatabase({ kind: 'postgres', url: databaseUrl });
  installDatabase(database);
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    await closeDatabase();
    await administer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    options.log(`database ${name}: migrating and seeding the demo organisation`);
    await applyMigrations(database.adapterFactory);
    await seedDemoData(database.prisma);
    const tokenFor = async (email: string) => {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const actor = (await loadSessionUser(user.id))!;
      return (await createApiToken({ actor, input: { name: 'benchmark' } })).token;
    };
    const tokens = {
      admin: await tokenFor('admin@cadence.demo'),
      lead: await tokenFor('lead@cadence.demo'),
      rep: await tokenFor('rep@cadence.demo'),
    };
    options.log('starting the built app (it builds first if the sources changed)');
    const baseUrl = `http://127.0.0.1:${options.port}`;
    const output: string[] = [];
    child = startApp(databaseUrl, options.port);
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await waitForHealth(baseUrl, child, output);
    return { database, databaseUrl, baseUrl, tokens, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
