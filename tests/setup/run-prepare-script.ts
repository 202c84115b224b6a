import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const scriptPath = fileURLToPath(new URL('./prepare-test-database.ts', import.meta.url));
const projectRoot = path.resolve(path.dirname(scriptPath), '../..');

/** Runs prepare-test-database.ts in a child process; rejects with its one-line error. */
export function runPrepareScript(argumentsGiven: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tsxCli, scriptPath, ...argumentsGiven],
      { cwd: projectRoot, timeout: 180_000 },
      (error, _stdout, stderr) => {
        if (!error) {
          resolve();
          return;
        }
        const reason = stderr.trim() || error.message;
        reject(new Error(`Could not prepare the test database: ${reason}`));
      },
    );
  });
}
