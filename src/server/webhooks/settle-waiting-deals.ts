import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import { announce } from '@/server/events';
import { readClock } from '@/domain/webhooks/field-clock';
import type { WebhookSource } from '@/domain/webhooks/normalized-event';
import { adminTransactionOptions } from '@/server/admin/audit';
import { settleIntegrationDeal } from './settle-integration-deal';

// After an admin maps an owner or a stage, the CRM deals that were waiting for it are
// settled again from what the CRM last said: created on the board, or still waiting.

export async function settleWaitingDeals(source: WebhookSource, now = new Date()): Promise<{ settled: number; waiting: number }> {
  const waiting = await prisma.integrationDeal.findMany({ where: { source, unassignedSince: { not: null } }, select: { externalId: true }, take: 1000 });
  let settled = 0;
  for (const { externalId } of waiting) {
    const change = await prisma.$transaction(async (tx) => {
      const [shadow] = await tx.$queryRaw<{ dealId: string | null; fields: unknown; connectionId: string | null; unassignedSince: Date | null }[]>`
        SELECT "dealId", "fields", "connectionId", "unassignedSince" FROM "IntegrationDeal" WHERE "source" = ${source} AND "externalId" = ${externalId} FOR UPDATE`;
      if (!shadow?.unassignedSince) return null;
      const connection =
        (shadow.connectionId ? await tx.integrationConnection.findUnique({ where: { id: shadow.connectionId } }) : null) ??
        (await tx.integrationConnection.findFirst({ where: { source }, orderBy: { createdAt: 'asc' } }));
      if (!connection) return null;
      const clock = readClock(shadow.fields);
      const settlement = await settleIntegrationDeal(tx, { source, externalId, clock, knownDealId: shadow.dealId, actor: { id: connection.actorUserId, name: connection.name }, now });
      if (settlement.problem) return null;
      await tx.integrationDeal.update({
        where: { source_externalId: { source, externalId } },
        data: { fields: clock as Prisma.InputJsonValue, dealId: settlement.dealId, unassignedSince: settlement.waiting ? shadow.unassignedSince : null, unassignedReason: settlement.waiting },
      });
      if (!settlement.waiting) settled += 1;
      return settlement.write ? await settlement.write() : null;
    }, adminTransactionOptions);
    if (change) announce('dealChanged', change);
  }
  return { settled, waiting: waiting.length - settled };
}
