import { randomUUID } from 'node:crypto';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { sha256Hex } from '@/domain/webhooks/signatures';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { ZCreateConnectionInput, type TCreatedConnection } from '@/schemas/integrations';
import { integrationActorEmail } from '@/server/webhooks/connection-actor';
import { auditedConnection, receiverUrl, toConnection } from '@/server/webhooks/connection-summary';
import { newConnectionSecret, sealSecret } from '@/server/webhooks/secret-box';

/**
 * Creates a connection (admins): its secret (given, for HubSpot's client secret, or made
 * here) is returned once and kept encrypted and hashed; the user that stands for it as
 * the actor of its deal changes; the audit entry. All in one transaction.
 */
export async function createIntegrationConnection(options: { actor: SessionUser; input: unknown; baseUrl: string; now?: Date }): Promise<TCreatedConnection> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'integrations'));
  const input = ZCreateConnectionInput.parse(options.input);
  const secret = input.secret ?? newConnectionSecret();
  const id = randomUUID().replace(/-/g, '').slice(0, 25);
  const now = options.now ?? new Date();
  const row = await prisma.$transaction(async (tx) => {
    const actorUser = await tx.user.create({
      data: { name: input.name, email: integrationActorEmail(id), active: false, role: 'REP', startDate: new Date(now.toISOString().slice(0, 10)) },
    });
    const created = await tx.integrationConnection.create({
      data: {
        id,
        source: input.source,
        name: input.name,
        secretCiphertext: sealSecret(secret),
        secretHash: sha256Hex(secret),
        basicUsername: input.source === 'pipedrive' ? (input.basicUsername ?? 'cadence') : null,
        salesforceOrganizationId: input.salesforceOrganizationId ?? null,
        actorUserId: actorUser.id,
        createdById: options.actor.id,
      },
    });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'integration.create', objectType: 'IntegrationConnection', objectId: id, after: auditedConnection(created) });
    return created;
  }, adminTransactionOptions);
  return { id, url: receiverUrl(options.baseUrl, id), secret, connection: toConnection(row, options.baseUrl, { pending: 0, failed: 0, lastDeliveryAt: null }) };
}
