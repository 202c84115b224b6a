import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { ZUpdateConnectionInput, type TConnection } from '@/schemas/integrations';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';
import { auditedConnection, loadConnectionCounts, toConnection } from '@/server/webhooks/connection-summary';

/** Renames, pauses or resumes a connection, or changes its settings (admins); audited. */
export async function updateIntegrationConnection(options: { actor: SessionUser; connectionId: string; input: unknown; baseUrl: string; now?: Date }): Promise<TConnection> {
  const before = await loadConnectionForAdmin(options.actor, options.connectionId);
  const input = ZUpdateConnectionInput.parse(options.input);
  if (Object.values(input).every((value) => value === undefined)) throw new AppError('BAD_REQUEST', 'Nothing to change.');
  const now = options.now ?? new Date();
  const after = await prisma.$transaction(async (tx) => {
    const updated = await tx.integrationConnection.update({
      where: { id: before.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.isPaused !== undefined ? { pausedAt: input.isPaused ? (before.pausedAt ?? now) : null } : {}),
        ...(input.acceptsLegacySignatures !== undefined ? { acceptsLegacySignatures: input.acceptsLegacySignatures } : {}),
        ...(input.salesforceOrganizationId !== undefined ? { salesforceOrganizationId: input.salesforceOrganizationId } : {}),
        ...(input.basicUsername !== undefined ? { basicUsername: input.basicUsername } : {}),
        ...(input.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: input.rateLimitPerMinute } : {}),
      },
    });
    // The connection's actor carries its name into deal histories.
    if (input.name !== undefined) await tx.user.update({ where: { id: before.actorUserId }, data: { name: input.name } });
    const action = input.isPaused === true && !before.pausedAt ? 'integration.pause' : input.isPaused === false && before.pausedAt ? 'integration.resume' : 'integration.update';
    await writeAuditEntry(tx, { actorId: options.actor.id, action, objectType: 'IntegrationConnection', objectId: before.id, before: auditedConnection(before), after: auditedConnection(updated) });
    return updated;
  }, adminTransactionOptions);
  const counts = await loadConnectionCounts([after.id]);
  return toConnection(after, options.baseUrl, counts.get(after.id)!);
}
