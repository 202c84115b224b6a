import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { ZTvFraming, type TTvFraming } from '@/schemas/tv-framing';

/**
 * Replaces the list of origins (signage players) that may show the TV pages in a frame
 * (admins). The next TV page load carries the new list in its frame-ancestors.
 */
export async function updateTvFraming(options: { actor: SessionUser; input: unknown }): Promise<TTvFraming> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'TV framing'));
  const input = ZTvFraming.parse(options.input);
  return prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({ select: { id: true, tvFrameAncestors: true }, orderBy: { createdAt: 'asc' } });
    if (!organization) throw new AppError('NOT_FOUND', 'The organisation is not set up yet.');
    const before = organization.tvFrameAncestors;
    const unchanged = before.length === input.origins.length && before.every((origin, index) => origin === input.origins[index]);
    if (!unchanged) {
      await tx.organization.update({ where: { id: organization.id }, data: { tvFrameAncestors: input.origins } });
      await writeAuditEntry(tx, {
        actorId: options.actor.id,
        action: 'organization.tv-framing.update',
        objectType: 'Organization',
        objectId: organization.id,
        before: { tvFrameAncestors: before },
        after: { tvFrameAncestors: input.origins },
      });
    }
    return { origins: input.origins };
  }, adminTransactionOptions);
}
