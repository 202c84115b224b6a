import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A PostgreSQL server of the fault suite's own, on a private port, so that stopping and
// restarting it never touches the machine's server. It runs as the `postgres` user
// (PostgreSQL refuses to run as root) on a data and socket directory of its own, made
// with the distribution's initdb and pg_ctl, and is removed again by `remove`.

const binaries = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export type PrivatePostgres = {
  port: number;
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url: (database: string) => string;
  start: () => void;
  /** Stops at once: open sessions are cut (what a crash or `systemctl stop` looks like to the app). */
  stop: () => void;
  restart: () => void;
  remove: () => void;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function asPostgres(command: string, args: string[]): void {
  const runAs = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', path.join(binaries, command), ...args]] : [path.join(binaries, command), args];
  execFileSync(runAs[0] as string, runAs[1] as string[], { stdio: 'pipe', timeout: 60_000 });
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const root = mkdtempSync(path.join(tmpdir(), 'cadence-faults-pg-'));
  const dataDirectory = path.join(root, 'data');
  const socketDirectory = root;
  chmodSync(root, 0o755);
  if (process.getuid?.() === 0) {
    const postgresUser = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const postgresGroup = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(root, Number(postgresUser), Number(postgresGroup));
  }
  const port = await freePort();
  asPostgres('initdb', ['-D', dataDirectory, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${socketDirectory} -c listen_addresses=127.0.0.1 -c timezone=UTC -c fsync=off -c max_connections=60`;
  const logFile = path.join(root, 'postgres.log');
  const control = (action: string, extra: string[] = []) => asPostgres('pg_ctl', [action, '-D', dataDirectory, '-w', '-t', '60', ...extra]);
  const database: PrivatePostgres = {
    port,
    url: (name) => `postgresql://postgres@127.0.0.1:${port}/${name}`,
    start: () => control('start', ['-o', options, '-l', logFile]),
    stop: () => control('stop', ['-m', 'fast']),
    restart: () => control('restart', ['-m', 'fast', '-o', options, '-l', logFile]),
    remove: () => {
      try {
        control('stop', ['-m', 'immediate']);
      } catch {
        // already stopped
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
  database.start();
  return database;
}
