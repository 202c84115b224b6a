import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { readClock } from '@/domain/webhooks/field-clock';
import type { TConnectionList, TIntegrationSource } from '@/schemas/integrations';
import { assertCanManageIntegrations } from '@/server/webhooks/load-connection';
import { loadConnectionCounts, toConnection } from '@/server/webhooks/connection-summary';

/** Every connection with its queue counts, and the CRM deals waiting for an owner (admins). */
export async function listIntegrationConnections(options: { actor: SessionUser; baseUrl: string }): Promise<TConnectionList> {
  await assertCanManageIntegrations(options.actor);
  const rows = await prisma.integrationConnection.findMany({ orderBy: { createdAt: 'asc' } });
  const counts = await loadConnectionCounts(rows.map((row) => row.id));
  const waiting = await prisma.integrationDeal.findMany({ where: { unassignedSince: { not: null } }, orderBy: { unassignedSince: 'asc' }, take: 200 });
  return {
    connections: rows.map((row) => toConnection(row, options.baseUrl, counts.get(row.id)!)),
    unassigned: waiting.map((row) => ({
      source: row.source as TIntegrationSource,
      externalId: row.externalId,
      title: readClock(row.fields).title?.value ?? null,
      reason: row.unassignedReason ?? 'Waiting for a mapping.',
      since: row.unassignedSince!.toISOString(),
    })),
  };
}
