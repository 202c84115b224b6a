// npm run import -- --preset … --people FILE --deals FILE [--history FILE] … — imports a
// CRM's export files into the database the environment names (DATABASE_URL, or the
// embedded one), as the first active admin. Prints the counts and where the error report
// is; exits 1 when nothing could be imported.
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseEnvironment } from '@/server/env';
import { describeTarget, openDatabase, resolveDatabaseTarget, installDatabase, closeDatabase } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { loadSessionUser } from '@/server/auth/session-user';
import { commitImport } from '@/server/use-cases/commit-import';
import { getImportReport } from '@/server/use-cases/get-import-report';
import { fileFromPath, type ImportFile } from '@/server/import/read-csv-stream';
import type { TImportCounts } from '@/schemas/import';
import { AppError } from '@/server/errors';
import { parseImportArguments } from './import-arguments';
import { runCommand } from './run-command';

function describeCounts(counts: TImportCounts): string {
  const line = (name: string, value: { create: number; update: number; unchanged: number; refuse: number }) =>
    `${name}: ${value.create} to create, ${value.update} to update, ${value.unchanged} unchanged, ${value.refuse} refused`;
  return [line('people', counts.people), line('deals', counts.deals), `history: ${counts.history.events} events, ${counts.history.refuse} rows refused`].join('\n');
}

await runCommand('import', async () => {
  const { paths, options } = parseImportArguments(process.argv.slice(2));
  const environment = parseEnvironment(process.env);
  const files: Partial<Record<'people' | 'deals' | 'history', ImportFile>> = {};
  for (const [kind, file] of Object.entries(paths)) {
    if (!file) continue;
    try {
      files[kind as 'people'] = await fileFromPath(path.resolve(file));
    } catch {
      throw new Error(`cannot read the ${kind} file ${file}`);
    }
  }
  const target = resolveDatabaseTarget(environment);
  const database = openDatabase(target);
  installDatabase(database);
  try {
    await applyMigrations(database.adapterFactory);
    const admin = await database.prisma.user.findFirst({ where: { role: 'ADMIN', active: true }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    if (!admin) throw new Error(`${describeTarget(target)} has no active admin: set the organisation up first`);
    const actor = await loadSessionUser(admin.id);
    if (!actor) throw new Error('the admin could not be loaded');
    const result = await commitImport({ actor, files, input: options }).catch((error: unknown) => {
      if (error instanceof AppError) throw new Error(error.message);
      throw error;
    });
    const { counts } = result.run;
    console.log(`${options.dryRun ? 'Dry run of' : 'Imported'} ${result.run.source} files into ${describeTarget(target)}`);
    console.log(describeCounts(counts));
    if (result.run.problemCount > 0) {
      const report = await getImportReport({ actor, importRunId: result.run.id });
      const directory = path.resolve(environment.DATA_DIR, 'imports');
      await mkdir(directory, { recursive: true });
      const reportPath = path.join(directory, report.fileName);
      await writeFile(reportPath, report.csv);
      console.log(`${result.run.problemCount} row problems: ${reportPath}`);
    }
    const done = (value: { create: number; update: number; unchanged: number }) => value.create + value.update + value.unchanged;
    if (done(counts.people) + done(counts.deals) === 0) {
      process.stderr.write('import: nothing could be imported\n');
      process.exitCode = 1;
    }
  } finally {
    await closeDatabase();
  }
});
