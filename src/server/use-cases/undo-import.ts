import { Prisma, type Deal } from '@/generated/prisma/client';
import { prisma, type TransactionClient } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { announce } from '@/server/events';
import { dealEventLock, writeDealUpdate } from '@/server/board/record-deal-change';
import { toDealCard } from '@/server/board/deal-card';
import { changeType } from '@/domain/import/deal-timeline';
import { ZDealCard, type TDealChange } from '@/schemas/deal';
import type { TImportRun } from '@/schemas/import';
import { toImportRun } from '@/server/import/import-summaries';

const chunkSize = 1_000;

/**
 * Undoes a committed import (admins): the deals it created are deleted (each with its
 * DELETED event, so boards and walls hear of it), the deals it changed are put back as
 * they were, the people it created are deactivated and the external ids it recorded are
 * forgotten, so importing the files again starts afresh.
 */
export async function undoImport(options: { actor: SessionUser; importRunId: string; now?: Date }): Promise<TImportRun> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const now = options.now ?? new Date();
  const run = await prisma.importRun.findUnique({ where: { id: options.importRunId } });
  if (!run) throw new AppError('NOT_FOUND', 'There is no such import.');
  if (run.status !== 'COMMITTED') throw new AppError('CONFLICT', run.status === 'UNDONE' ? 'This import was undone already.' : 'A dry run wrote nothing to undo.');
  const actor = { id: options.actor.id, name: options.actor.name };
  const changes = await prisma.importChange.findMany({ where: { importRunId: run.id }, orderBy: { id: 'asc' } });
  const broadcasts: TDealChange[] = [];
  try {
    const created = changes.filter((change) => change.kind === 'DEAL' && change.action === 'CREATED').map((change) => change.recordId);
    for (let start = 0; start < created.length; start += chunkSize) {
      const dealIds = created.slice(start, start + chunkSize);
      const deleted = await prisma.$transaction(async (tx) => {
        const written = await deleteImportedDeals(tx, { dealIds, actor, now });
        await tx.externalRecord.deleteMany({ where: { kind: 'DEAL', recordId: { in: dealIds } } });
        return written;
      }, adminTransactionOptions);
      announce('dealsChangedInBulk', { changes: deleted });
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const change of changes.filter((candidate) => candidate.kind === 'DEAL' && candidate.action === 'UPDATED').reverse()) {
      const before = ZDealCard.parse(change.before);
      const current = await prisma.deal.findUnique({ where: { id: change.recordId } });
      if (!current) continue;
      const written = await writeDealUpdate(prisma, {
        type: changeType(current, { ...before, closedAt: null }, current.ownerId !== before.ownerId),
        before: current,
        data: {
          title: before.title,
          account: before.account,
          amountMinor: before.amountMinor,
          currency: before.currency,
          stage: before.stage,
          outcome: before.outcome,
          closedAmountMinor: before.closedAmountMinor,
          closedAt: before.closedAt ? new Date(before.closedAt) : null,
          expectedCloseDate: before.expectedCloseDate ? new Date(`${before.expectedCloseDate}T00:00:00Z`) : null,
          ownerId: before.ownerId,
          teamId: before.teamId,
          stageChangedAt: new Date(before.stageChangedAt),
        },
        actor,
        now,
      });
      if (written) broadcasts.push(written.change);
    }
  } finally {
    announce('dealsChangedInBulk', { changes: broadcasts });
    refreshWallFigures();
  }

  const undone = await prisma.$transaction(async (tx) => {
    const people = changes.filter((change) => change.kind === 'PERSON');
    const createdPeople = people.filter((change) => change.action === 'CREATED').map((change) => change.recordId);
    if (createdPeople.length > 0) {
      await tx.user.updateMany({ where: { id: { in: createdPeople } }, data: { active: false } });
      await tx.externalRecord.deleteMany({ where: { kind: 'PERSON', recordId: { in: createdPeople } } });
    }
    for (const change of people.filter((candidate) => candidate.action === 'UPDATED')) {
      const before = change.before as { teamId: string | null; startDate: string; active: boolean };
      await tx.user.update({ where: { id: change.recordId }, data: { teamId: before.teamId, startDate: new Date(`${before.startDate}T00:00:00Z`), active: before.active } });
    }
    for (const change of people.filter((candidate) => candidate.action === 'LINKED')) {
      const before = change.before as { externalId: string };
      await tx.externalRecord.deleteMany({ where: { source: run.source, kind: 'PERSON', externalId: before.externalId } });
    }
    const updated = await tx.importRun.update({ where: { id: run.id }, data: { status: 'UNDONE', undoneAt: now } });
    await writeAuditEntry(tx, { actorId: actor.id, action: 'import.undo', objectType: 'ImportRun', objectId: run.id, before: { status: run.status }, after: { status: 'UNDONE' } });
    return updated;
  }, adminTransactionOptions);
  const actorName = run.actorId ? ((await prisma.user.findUnique({ where: { id: run.actorId }, select: { name: true } }))?.name ?? null) : null;
  return toImportRun({ ...undone, actorName });
}

type Actor = { id: string; name: string };

/** Soft-deletes deals an import created (undo), each with its DELETED event; returns the changes. */
async function deleteImportedDeals(tx: TransactionClient, options: { dealIds: readonly string[]; actor: Actor; now: Date }): Promise<TDealChange[]> {
  if (options.dealIds.length === 0) return [];
  const now = options.now;
  const deals = await tx.$queryRaw<Deal[]>`
    UPDATE "Deal" SET "deletedAt" = ${now.toISOString()}::timestamptz, "version" = "version" + 1, "updatedAt" = ${now.toISOString()}::timestamptz
    WHERE "id" IN (${Prisma.join(options.dealIds)}) AND "deletedAt" IS NULL
    RETURNING *`;
  if (deals.length === 0) return [];
  const events = deals.map((deal) => {
    const after = toDealCard(deal);
    const before = toDealCard({ ...deal, version: deal.version - 1, deletedAt: null });
    return { dealId: deal.id, teamId: deal.teamId, before, after };
  });
  const inserted = await tx.$queryRaw<{ sequence: number; dealId: string; occurredAt: Date }[]>`
    WITH "lock" AS (SELECT pg_advisory_xact_lock(${dealEventLock}::bigint)),
    "rows" AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e("dealId" text, "teamId" text, "before" jsonb, "after" jsonb))
    INSERT INTO "DealEvent" ("dealId", "teamId", "actorId", "type", "before", "after")
    SELECT "rows"."dealId", "rows"."teamId", ${options.actor.id}, 'DELETED'::"DealEventType", "rows"."before", "rows"."after"
    FROM "lock", "rows"
    RETURNING "sequence", "dealId", "occurredAt"`;
  const byDeal = new Map(events.map((event) => [event.dealId, event] as const));
  return inserted.map((row) => {
    const event = byDeal.get(row.dealId)!;
    return {
      sequence: Number(row.sequence),
      type: 'DELETED' as const,
      dealId: row.dealId,
      teamId: event.teamId,
      previousTeamId: null,
      actorId: options.actor.id,
      actorName: options.actor.name,
      occurredAt: new Date(row.occurredAt).toISOString(),
      before: event.before,
      deal: event.after,
    };
  });
}
