import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdatePersonInput, type TPersonUpdate } from '@/schemas/admin';
import type { TDealChange } from '@/schemas/deal';
import { refusalToManagePerson } from '@/domain/admin/permissions';
import { planTeamMove } from '@/domain/admin/team-of-record';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntries, type AuditRecord } from '@/server/admin/audit';
import { announceDealChanges, reassignDeals } from '@/server/admin/reassign-deals';
import { findPerson, personSnapshot } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { checkTeamForRole, releaseTeamLeadership } from '@/server/admin/team-membership';

/**
 * Edits a person: name, colour, start date, role or team. A team move follows the team
 * of record rule: open deals (one REASSIGNED event each) and goals of the current and
 * later months go to the new team; closed deals and past goals stay with the old one.
 */
export async function updatePerson(options: { actor: SessionUser; userId: string; input: unknown; now?: Date }): Promise<TPersonUpdate> {
  const input = ZUpdatePersonInput.parse(options.input);
  const now = options.now ?? new Date();
  let changes: TDealChange[] = [];
  const result = await prisma.$transaction(async (tx) => {
    const before = await findPerson(tx, options.userId);
    const actor = await loadAdminActor(options.actor, tx);
    assertAllowed(refusalToManagePerson(actor, before, { role: input.role, teamId: input.teamId }));
    const role = input.role ?? before.role;
    const teamId = input.teamId !== undefined ? input.teamId : before.teamId;
    await checkTeamForRole(tx, role, teamId);

    const audit: AuditRecord[] = [];
    let moved = { dealIds: [] as string[], goalIds: [] as string[] };
    if (teamId !== before.teamId && teamId !== null) {
      const zoneTeamId = before.teamId ?? teamId;
      const zoneTeam = await tx.team.findUniqueOrThrow({ where: { id: zoneTeamId }, select: { office: { select: { timeZone: true } } } });
      // One after the other: a transaction is one connection, which runs one query at a time.
      const deals = await tx.deal.findMany({ where: { ownerId: before.id }, select: { id: true, teamId: true, stage: true, deletedAt: true } });
      const goals = await tx.monthlyGoal.findMany({ where: { userId: before.id }, select: { id: true, teamId: true, month: true } });
      const plan = planTeamMove({
        deals,
        goals: goals.map((goal) => ({ id: goal.id, teamId: goal.teamId, month: monthKey(goal.month) })),
        currentMonth: monthKey(monthStartInZone(now, zoneTeam.office.timeZone)),
        newTeamId: teamId,
      });
      changes = await reassignDeals(tx, { dealIds: plan.dealIdsToMove, teamId, actor: { id: options.actor.id, name: options.actor.name } });
      if (plan.goalIdsToMove.length > 0) {
        await tx.monthlyGoal.updateMany({ where: { id: { in: plan.goalIdsToMove } }, data: { teamId } });
      }
      moved = { dealIds: plan.dealIdsToMove, goalIds: plan.goalIdsToMove };
    }
    if (role !== before.role) {
      audit.push(...(await releaseTeamLeadership(tx, { userId: before.id, keepLead: role === 'LEAD', keepManager: role === 'MANAGER', actorId: actor.id })));
    }
    await tx.user.update({
      where: { id: before.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.colour !== undefined ? { colour: input.colour } : {}),
        ...(input.startDate !== undefined ? { startDate: new Date(`${input.startDate}T00:00:00Z`) } : {}),
        role,
        teamId,
      },
    });
    const after = await findPerson(tx, before.id);
    audit.unshift({
      actorId: actor.id,
      action: teamId !== before.teamId ? 'user.move-team' : 'user.update',
      objectType: 'User',
      objectId: before.id,
      before: personSnapshot(before),
      after: { ...personSnapshot(after), ...(teamId !== before.teamId ? { movedDealIds: moved.dealIds, movedGoalIds: moved.goalIds } : {}) },
    });
    await writeAuditEntries(tx, audit);
    return { person: after, moved: { openDeals: moved.dealIds.length, goals: moved.goalIds.length }, teamChanged: teamId !== before.teamId };
  }, adminTransactionOptions);
  announceDealChanges(changes);
  if (result.teamChanged) refreshWallFigures();
  return { person: result.person, moved: result.moved };
}
