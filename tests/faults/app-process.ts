import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

// The real app (`npm start`'s command) on the private PostgreSQL, started and killed by
// the fault tests.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const secret = randomBytes(32).toString('base64url');

export type AppProcess = { baseUrl: string; start: () => Promise<void>; kill: () => Promise<void>; output: () => string };

/** Migrates the database and fills it with the demo organisation (`npm run db:seed`). */
export function seedDemo(databaseUrl: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: '' },
    stdio: 'pipe',
    timeout: 300_000,
  });
}

export function createAppProcess(options: { databaseUrl: string; port: number }): AppProcess {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | null = null;
  let log: string[] = [];
  return {
    baseUrl,
    output: () => log.join('').slice(-4000),
    start: async () => {
      log = [];
      child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'src/cli/start.ts'], {
        cwd: projectRoot,
        env: {
          ...process.env,
          DATABASE_URL: options.databaseUrl,
          PORT: String(options.port),
          HOST: '127.0.0.1',
          REDIS_URL: '',
          NEXTAUTH_SECRET: secret,
          NEXTAUTH_URL: baseUrl,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const running = child;
      running.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
      running.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
      const deadline = Date.now() + 600_000;
      while (Date.now() < deadline) {
        if (running.exitCode !== null) throw new Error(`the app exited (${running.exitCode}):\n${log.join('').slice(-3000)}`);
        try {
          if ((await fetch(`${baseUrl}/api/health`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      throw new Error('the app did not become healthy within 10 minutes');
    },
    /** SIGKILL: no shutdown, sockets cut as in a crash. */
    kill: async () => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}
