import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZDeactivatePersonInput, type TDeactivation } from '@/schemas/admin';
import type { TDealChange } from '@/schemas/deal';
import { refusalToDeactivate, refusalToHandOverTo } from '@/domain/admin/permissions';
import { assertAllowed } from '@/server/admin/authorize';
import { writeAuditEntries } from '@/server/admin/audit';
import { changePerson } from '@/server/admin/change-person';
import { retirePasswordTokens } from '@/server/admin/password-token';
import { reassignDeals } from '@/server/admin/reassign-deals';
import { findPerson, personSnapshot } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { releaseTeamLeadership } from '@/server/admin/team-membership';

/**
 * Deactivates a person: they can no longer sign in, their API tokens and password
 * links stop working, and their open deals go to the chosen active colleague (one
 * REASSIGNED event each), all in one transaction. Closed deals and goals stay theirs.
 */
export async function deactivatePerson(options: { actor: SessionUser; userId: string; input: unknown; now?: Date }): Promise<TDeactivation> {
  const input = ZDeactivatePersonInput.parse(options.input);
  const now = options.now ?? new Date();
  const deactivation = await changePerson(options, async (tx, { before, actor }) => {
    assertAllowed(refusalToDeactivate(actor, before));
    if (!before.active) throw new AppError('UNPROCESSABLE', `${before.name} is already deactivated.`);

    const openDeals = await tx.deal.findMany({
      where: { ownerId: before.id, stage: { not: 'COMPLETED' }, deletedAt: null },
      select: { id: true },
      orderBy: { position: 'asc' },
    });
    let recipient: { id: string; name: string } | null = null;
    let changes: TDealChange[] = [];
    if (openDeals.length > 0) {
      if (!input.handOverToUserId) {
        throw new AppError('UNPROCESSABLE', `${before.name} has ${openDeals.length} open deal(s); choose who takes them over.`, { field: 'handOverToUserId' });
      }
      const candidate = await tx.user.findUnique({ where: { id: input.handOverToUserId }, select: { id: true, name: true, active: true, teamId: true } });
      if (!candidate || candidate.id === before.id) {
        throw new AppError('UNPROCESSABLE', 'Choose someone else to take over the open deals.', { field: 'handOverToUserId' });
      }
      if (!candidate.active) throw new AppError('UNPROCESSABLE', `${candidate.name} is deactivated and cannot take over deals.`, { field: 'handOverToUserId' });
      if (!candidate.teamId) throw new AppError('UNPROCESSABLE', `${candidate.name} has no team, so cannot own deals.`, { field: 'handOverToUserId' });
      assertAllowed(refusalToHandOverTo(actor, candidate));
      ({ changes } = await reassignDeals(tx, {
        dealIds: openDeals.map((deal) => deal.id),
        ownerId: candidate.id,
        teamId: candidate.teamId,
        actor: { id: options.actor.id, name: options.actor.name },
        now,
        what: `${before.name}'s open deals`,
      }));
      recipient = candidate;
    }

    await tx.user.update({ where: { id: before.id }, data: { active: false, sessionGeneration: { increment: 1 } } });
    await tx.apiToken.updateMany({ where: { userId: before.id, revokedAt: null }, data: { revokedAt: now } });
    await retirePasswordTokens(tx, before.id, now);
    const released = await releaseTeamLeadership(tx, { userId: before.id, keepLead: false, keepManager: false, actorId: actor.id });
    const after = await findPerson(tx, before.id);
    await writeAuditEntries(tx, [
      {
        actorId: actor.id,
        action: 'user.deactivate',
        objectType: 'User',
        objectId: before.id,
        before: personSnapshot(before),
        after: { ...personSnapshot(after), handedOverTo: recipient?.id ?? null, handedOverDealIds: openDeals.map((deal) => deal.id) },
      },
      ...released,
    ]);
    return { result: { person: after, handedOverDeals: changes.length }, dealChanges: changes };
  });
  refreshWallFigures();
  return deactivation;
}
