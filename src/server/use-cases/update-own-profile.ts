import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateProfileInput } from '@/schemas/admin';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';

/** Any signed-in user renames themselves. */
export async function updateOwnProfile(options: { actor: SessionUser; input: unknown }): Promise<SessionUser> {
  const input = ZUpdateProfileInput.parse(options.input);
  const { actor } = options;
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { name: input.name },
      select: { id: true, name: true, email: true, role: true, teamId: true },
    });
    await writeAuditEntry(tx, {
      actorId: actor.id,
      action: 'user.update-profile',
      objectType: 'User',
      objectId: actor.id,
      before: { name: actor.name },
      after: { name: user.name },
    });
    return { ...actor, name: user.name };
  }, adminTransactionOptions);
}
