import { describeDatabaseError } from '@/server/describe-database-error';

/**
 * Runs the body of a command-line tool. A failure is reported as exactly one line,
 * `<name>: <what went wrong>`, on stderr (never a stack trace) and the process exits
 * with status 1 once it has finished its work.
 */
export async function runCommand(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const line = describeDatabaseError(error).replace(/\s*\n\s*/g, ' ');
    process.stderr.write(`${name}: ${line}\n`);
    process.exitCode = 1;
  }
}
