import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZInvitePersonInput, type TInvitation } from '@/schemas/admin';
import { refusalToManagePerson } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { issuePasswordLink } from '@/server/admin/password-token';
import { findPerson, isUniqueViolation, personSnapshot } from '@/server/admin/summaries';
import { checkTeamForRole } from '@/server/admin/team-membership';
import { fillPlannedHire } from '@/server/forecast/fill-planned-hire';

/**
 * Adds a person without a password and returns a one-time link (valid 7 days) that
 * lets them choose one; the admin passes it on. Admins invite anyone; managers reps
 * and leads into the teams they manage. Someone who sells fills the nearest unnamed
 * planned hire of their team, so the forecast does not count them twice.
 */
export async function invitePerson(options: { actor: SessionUser; input: unknown; now?: Date }): Promise<TInvitation> {
  const input = ZInvitePersonInput.parse(options.input);
  const now = options.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const actor = await loadAdminActor(options.actor, tx);
      assertAllowed(refusalToManagePerson(actor, { id: null, role: input.role, teamId: input.teamId }));
      await checkTeamForRole(tx, input.role, input.teamId);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError('CONFLICT', `Someone already signs in as ${input.email}.`, { field: 'email' });
      }
      const created = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          teamId: input.teamId,
          colour: input.colour,
          startDate: new Date(`${input.startDate ?? now.toISOString().slice(0, 10)}T00:00:00Z`),
          passwordHash: null,
        },
        select: { id: true, teamId: true, role: true, startDate: true },
      });
      // The hiring plan counts them once: an unnamed planned hire of their team now names them.
      await fillPlannedHire(tx, { actorId: actor.id, person: created });
      const { tokenId: _tokenId, ...link } = await issuePasswordLink(tx, { userId: created.id, purpose: 'INVITE', createdById: actor.id, now });
      const person = await findPerson(tx, created.id);
      await writeAuditEntry(tx, {
        actorId: actor.id,
        action: 'user.invite',
        objectType: 'User',
        objectId: person.id,
        after: { ...personSnapshot(person), linkExpiresAt: link.expiresAt },
      });
      return { person, link };
    }, adminTransactionOptions);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', `Someone already signs in as ${input.email}.`, { field: 'email' });
    throw error;
  }
}
