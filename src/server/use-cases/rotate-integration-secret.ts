import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { sha256Hex } from '@/domain/webhooks/signatures';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { ZRotateSecretInput, type TRotatedSecret } from '@/schemas/integrations';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';
import { loadConnectionCounts, toConnection } from '@/server/webhooks/connection-summary';
import { newConnectionSecret, sealSecret } from '@/server/webhooks/secret-box';

const defaultGraceHours = 24;

/**
 * Gives a connection a new secret (shown once); the old one is still accepted for the
 * grace period, so the source can be switched over without losing deliveries. Audited
 * (without either secret).
 */
export async function rotateIntegrationSecret(options: { actor: SessionUser; connectionId: string; input: unknown; baseUrl: string; now?: Date }): Promise<TRotatedSecret> {
  const before = await loadConnectionForAdmin(options.actor, options.connectionId);
  const input = ZRotateSecretInput.parse(options.input ?? {});
  const now = options.now ?? new Date();
  const graceHours = input.graceHours ?? defaultGraceHours;
  const secret = input.secret ?? newConnectionSecret();
  const expiresAt = graceHours > 0 ? new Date(now.getTime() + graceHours * 3_600_000) : null;
  const after = await prisma.$transaction(async (tx) => {
    const updated = await tx.integrationConnection.update({
      where: { id: before.id },
      data: {
        secretCiphertext: sealSecret(secret),
        secretHash: sha256Hex(secret),
        previousSecretCiphertext: expiresAt ? before.secretCiphertext : null,
        previousSecretHash: expiresAt ? before.secretHash : null,
        previousSecretExpiresAt: expiresAt,
      },
    });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'integration.rotate', objectType: 'IntegrationConnection', objectId: before.id, after: { name: before.name, graceHours, previousSecretExpiresAt: expiresAt?.toISOString() ?? null } });
    return updated;
  }, adminTransactionOptions);
  const counts = await loadConnectionCounts([after.id]);
  return { secret, previousSecretExpiresAt: expiresAt?.toISOString() ?? null, connection: toConnection(after, options.baseUrl, counts.get(after.id)!) };
}
