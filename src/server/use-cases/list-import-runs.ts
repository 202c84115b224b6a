import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import type { TImportRun } from '@/schemas/import';
import { toImportRun } from '@/server/import/import-summaries';

/** The import history, newest first (admins). */
export async function listImportRuns(options: { actor: SessionUser; limit?: number }): Promise<TImportRun[]> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const runs = await prisma.importRun.findMany({ orderBy: { createdAt: 'desc' }, take: Math.min(options.limit ?? 50, 200) });
  const actorIds = [...new Set(runs.flatMap((run) => (run.actorId ? [run.actorId] : [])))];
  const actors = new Map((await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name] as const));
  return runs.map((run) => toImportRun({ ...run, actorName: run.actorId ? (actors.get(run.actorId) ?? null) : null }));
}
