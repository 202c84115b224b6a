import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { TPasswordLink } from '@/schemas/admin';
import { refusalToManagePerson } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { issuePasswordLink } from '@/server/admin/password-token';
import { findPerson } from '@/server/admin/summaries';
import { endSessions } from '@/server/auth/end-sessions';

/** A new one-time link (valid 24 hours) to set a person's password; older unused links stop working. */
export async function resetPersonPassword(options: { actor: SessionUser; userId: string; now?: Date }): Promise<TPasswordLink> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const target = await findPerson(tx, options.userId);
    const actor = await loadAdminActor(options.actor, tx);
    assertAllowed(refusalToManagePerson(actor, target));
    if (!target.active) throw new AppError('UNPROCESSABLE', `${target.name} is deactivated; a password link would not let them in.`);
    // A reset means the account may be in someone else's hands: its sessions end now.
    await endSessions(target.id, tx);
    const { tokenId, ...link } = await issuePasswordLink(tx, { userId: target.id, purpose: 'RESET', createdById: actor.id, now });
    await writeAuditEntry(tx, {
      actorId: actor.id,
      action: 'user.password-reset-link',
      objectType: 'User',
      objectId: target.id,
      after: { linkId: tokenId, expiresAt: link.expiresAt },
    });
    return link;
  }, adminTransactionOptions);
}
