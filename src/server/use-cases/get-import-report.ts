import { stringify } from 'csv-stringify/sync';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { escapeFormula } from '@/domain/import/export-rows';

/** An import's per-row error report as CSV: file, row, problem (admins). */
export async function getImportReport(options: { actor: SessionUser; importRunId: string }): Promise<{ fileName: string; csv: string }> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const run = await prisma.importRun.findUnique({ where: { id: options.importRunId }, select: { id: true, problems: true, createdAt: true } });
  if (!run) throw new AppError('NOT_FOUND', 'There is no such import.');
  const problems = (Array.isArray(run.problems) ? run.problems : []) as { file: string; line: number; message: string }[];
  const csv = stringify([['File', 'Row', 'Problem'], ...problems.map((problem) => [problem.file, problem.line, escapeFormula(problem.message)])]);
  return { fileName: `import-${run.createdAt.toISOString().slice(0, 10)}-${run.id.slice(0, 8)}-errors.csv`, csv };
}
