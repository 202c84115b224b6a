import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZAuditQuery, type TAuditPage } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { describeAuditChanges, describeAuditObject, referencedIds } from '@/domain/admin/audit-text';

/**
 * The audit log, newest first, filtered by actor and object (admins). Pages continue
 * from the id of the last entry seen, since one transaction's entries share a time.
 */
export async function listAuditEntries(options: { actor: SessionUser; query: unknown }): Promise<TAuditPage> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'the audit log'));
  const query = ZAuditQuery.parse(options.query);
  const cursor = query.before ? await prisma.auditEntry.findUnique({ where: { id: query.before }, select: { id: true, occurredAt: true } }) : null;
  if (query.before && !cursor) throw new AppError('UNPROCESSABLE', 'The page to continue from no longer exists.');
  const rows = await prisma.auditEntry.findMany({
    where: {
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.objectType ? { objectType: query.objectType } : {}),
      ...(query.objectId ? { objectId: query.objectId } : {}),
      ...(cursor ? { OR: [{ occurredAt: { lt: cursor.occurredAt } }, { occurredAt: cursor.occurredAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    include: { actor: { select: { name: true } } },
  });
  const page = rows.slice(0, query.limit);
  const names = await loadNames(page.flatMap((row) => [row.objectId, ...referencedIds(row.before, row.after)]));
  return {
    entries: page.map((row) => ({
      id: row.id,
      actorId: row.actorId,
      actorName: row.actor?.name ?? null,
      action: row.action,
      objectType: row.objectType,
      objectId: row.objectId,
      objectName: describeAuditObject({ objectId: row.objectId, before: row.before, after: row.after, names }),
      changes: describeAuditChanges({ before: row.before, after: row.after, names }),
      before: row.before,
      after: row.after,
      occurredAt: row.occurredAt.toISOString(),
    })),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.id : null,
  };
}

/** The names of the people, teams, offices and TV links among `ids` (four indexed reads). */
async function loadNames(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const where = { id: { in: unique } };
  const select = { id: true, name: true } as const;
  const [users, teams, offices, wallTokens] = await Promise.all([
    prisma.user.findMany({ where, select }),
    prisma.team.findMany({ where, select }),
    prisma.office.findMany({ where, select }),
    prisma.wallToken.findMany({ where, select }),
  ]);
  return new Map([...users, ...teams, ...offices, ...wallTokens].map((row) => [row.id, row.name]));
}
