import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '@/server/migrations';

/**
 * Applies the pending migrations in a child process (`src/cli/migrate.ts`, what `npm run
 * db:migrate` runs), which prints what it applied and exits. Prisma's schema engine is a
 * WebAssembly module held once per process (src/server/migrations.ts): run in the server,
 * its code and memory, about 50 MB, stayed for the server's life after one use at start
 * (docs/decisions/023, amendment of 2026-12-04). For PostgreSQL only: the embedded database
 * is opened by one process at a time.
 */
export function migrateInChildProcess(environment: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src', 'cli', 'migrate.ts')], {
      cwd: projectRoot,
      env: environment,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`the migrations were not applied (db:migrate ended with ${signal ?? `status ${code}`}; its message is above)`));
    });
  });
}
