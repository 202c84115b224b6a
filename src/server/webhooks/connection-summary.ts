import type { IntegrationConnection } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import type { TConnection, TIntegrationSource } from '@/schemas/integrations';

/** The receiver's address under the public origin (NEXTAUTH_URL when set, else the request's). */
export function receiverUrl(baseUrl: string, connectionId: string): string {
  return `${baseUrl.replace(/\/$/, '')}/api/integrations/${connectionId}/webhook`;
}

export function publicBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // refused at start-up
    }
  }
  return new URL(request.url).origin;
}

type Counts = { pending: number; failed: number; lastDeliveryAt: Date | null };

export function toConnection(row: IntegrationConnection, baseUrl: string, counts: Counts): TConnection {
  return {
    id: row.id,
    source: row.source as TIntegrationSource,
    name: row.name,
    url: receiverUrl(baseUrl, row.id),
    isPaused: row.pausedAt !== null,
    acceptsLegacySignatures: row.acceptsLegacySignatures,
    salesforceOrganizationId: row.salesforceOrganizationId,
    basicUsername: row.basicUsername,
    rateLimitPerMinute: row.rateLimitPerMinute,
    previousSecretExpiresAt: row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? row.previousSecretExpiresAt.toISOString() : null,
    pendingEvents: counts.pending,
    failedEvents: counts.failed,
    lastDeliveryAt: counts.lastDeliveryAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Queue counts and the last delivery, per connection. */
export async function loadConnectionCounts(connectionIds: readonly string[]): Promise<Map<string, Counts>> {
  const counts = new Map<string, Counts>(connectionIds.map((id) => [id, { pending: 0, failed: 0, lastDeliveryAt: null }]));
  if (connectionIds.length === 0) return counts;
  const [states, deliveries] = await Promise.all([
    prisma.webhookEvent.groupBy({ by: ['connectionId', 'state'], where: { connectionId: { in: [...connectionIds] }, state: { in: ['PENDING', 'FAILED'] } }, _count: { _all: true } }),
    prisma.webhookDelivery.groupBy({ by: ['connectionId'], where: { connectionId: { in: [...connectionIds] } }, _max: { receivedAt: true } }),
  ]);
  for (const row of states) {
    const entry = counts.get(row.connectionId)!;
    if (row.state === 'PENDING') entry.pending = row._count._all;
    else entry.failed = row._count._all;
  }
  for (const row of deliveries) counts.get(row.connectionId)!.lastDeliveryAt = row._max.receivedAt;
  return counts;
}

/** Fields of a connection the audit log keeps (never a secret). */
export function auditedConnection(row: IntegrationConnection) {
  return {
    source: row.source,
    name: row.name,
    isPaused: row.pausedAt !== null,
    acceptsLegacySignatures: row.acceptsLegacySignatures,
    salesforceOrganizationId: row.salesforceOrganizationId,
    basicUsername: row.basicUsername,
    rateLimitPerMinute: row.rateLimitPerMinute,
  };
}
