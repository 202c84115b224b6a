import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { projectRoot } from '@/server/migrations';

// The built app in a process of its own, and throwaway PostgreSQL databases, for the
// benchmarks.

export type App = { child: ChildProcess; url: string; output: string[] };

/** Node's flags for the app, as `npm start` gives them (package.json): a larger young generation (decision 010). */
export const appNodeArguments = ['--max-semi-space-size=32'];
/**
 * The environment `npm start` sets: glibc's malloc hands blocks of 1 MB and more to mmap and
 * keeps its threshold there, instead of raising it (up to 32 MB) and keeping freed memory
 * (decision 023's amendment of 2026-12-04).
 */
export const appMallocEnvironment = { MALLOC_MMAP_THRESHOLD_: '1048576' };

export function startApp(options: { databaseUrl: string; port: number; redisUrl?: string; secret?: string; publicUrl?: string; instanceId?: string }): App {
  const url = `http://127.0.0.1:${options.port}`;
  // BENCH_APP_NODE_ARGS passes extra flags to the app's Node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // The same Node flags and malloc setting as `npm start` (package.json).
  const child = spawn(process.execPath, [...appNodeArguments, ...extra, '--import', 'tsx', 'src/cli/start.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...appMallocEnvironment,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      REDIS_URL: options.redisUrl ?? '',
      NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: options.publicUrl ?? url,
      // Instances sharing Redis stand behind the proxy.
      TRUST_PROXY: options.redisUrl ? 'true' : '',
      // Behind nginx: names the instance in its socket.io session ids (deploy/nginx pins long-polling on it).
      INSTANCE_ID: options.instanceId ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A benchmark that stops on an error must not leave its app running, holding the port
  // the next run's app would listen on.
  const stopWithThisProcess = () => child.kill('SIGTERM');
  process.once('exit', stopWithThisProcess);
  child.once('exit', () => process.off('exit', stopWithThisProcess));
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, url, output };
}

export async function waitForHealth(app: App, timeoutMinutes = 10): Promise<void> {
  const deadline = Date.now() + timeoutMinutes * 60_000;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`the app exited (${app.child.exitCode}):\n${app.output.join('').slice(-2000)}`);
    try {
      if ((await fetch(`${app.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not become healthy within ${timeoutMinutes} minutes`);
}

export async function stopApp(app: App, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill(signal);
  await new Promise((resolve) => app.child.once('exit', resolve));
}

/** The process's resident memory now and at its peak, in MB (Linux). */
export function memoryOf(app: App): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${app.child.pid}/status`, 'utf8');
  const read = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rssMb: read('VmRSS'), peakMb: read('VmHWM') };
}

/** CPU time (user + system) the process has used so far, in ms (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
export function cpuOf(app: App): number {
  const fields = readFileSync(`/proc/${app.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

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

/** Creates an empty database on the benchmark's PostgreSQL (BENCH_POSTGRES_URL); `drop` removes it. */
export async function createThrowawayDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await administer(`CREATE DATABASE "${name}"`);
  return { name, url: url.toString(), drop: () => administer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
