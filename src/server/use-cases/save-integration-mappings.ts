import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { ImportSource } from '@/domain/import/presets';
import type { WebhookSource } from '@/domain/webhooks/normalized-event';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { ZSaveMappingsInput } from '@/schemas/integrations';
import { saveSourceMappings } from '@/server/import/source-mappings';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';
import { settleWaitingDeals } from '@/server/webhooks/settle-waiting-deals';

/**
 * Saves stage and owner mappings for a connection's source (the same ones the import
 * remembers; null forgets an owner), audited; then settles the CRM deals that were
 * waiting for them.
 */
export async function saveIntegrationMappings(options: { actor: SessionUser; connectionId: string; input: unknown }): Promise<{ settled: number; waiting: number }> {
  const connection = await loadConnectionForAdmin(options.actor, options.connectionId);
  const input = ZSaveMappingsInput.parse(options.input);
  const source = connection.source as ImportSource;
  const owners = Object.entries(input.owners ?? {});
  const personIds = [...new Set(owners.flatMap(([, id]) => (id ? [id] : [])))];
  if (personIds.length > 0) {
    const found = await prisma.user.findMany({ where: { id: { in: personIds }, active: true, teamId: { not: null } }, select: { id: true } });
    const missing = personIds.filter((id) => !found.some((user) => user.id === id));
    if (missing.length > 0) throw new AppError('UNPROCESSABLE', `Owners must be active people on a team; not: ${missing.join(', ')}.`);
  }
  await prisma.$transaction(async (tx) => {
    await saveSourceMappings(tx, source, {
      stages: input.stages,
      owners: Object.fromEntries(owners.flatMap(([key, id]) => (id ? [[key, id]] : []))),
    });
    const forgotten = owners.filter(([, id]) => id === null).map(([key]) => key);
    if (forgotten.length > 0) await tx.sourceMapping.deleteMany({ where: { source, kind: 'OWNER', key: { in: forgotten } } });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'integration.mappings', objectType: 'IntegrationConnection', objectId: connection.id, after: { source, stages: input.stages ?? {}, owners: input.owners ?? {} } });
  }, adminTransactionOptions);
  return settleWaitingDeals(connection.source as WebhookSource);
}
