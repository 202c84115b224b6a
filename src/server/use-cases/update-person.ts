import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdatePersonInput, type TPersonUpdate } from '@/schemas/admin';
import type { TDealChange } from '@/schemas/deal';
import { refusalToManagePerson } from '@/domain/admin/permissions';
import { planTeamMove } from '@/domain/admin/team-of-record';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { assertAllowed } from '@/server/admin/authorize';
import { writeAuditEntries, type AuditRecord } from '@/server/admin/audit';
import { changePerson } from '@/server/admin/change-person';
import { reassignDeals } from '@/server/admin/reassign-deals';
import { convertWith, describeConversion, prepareConversion } from '@/server/admin/currency-conversion';
import { findPerson, personSnapshot } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { checkTeamForRole, releaseTeamLeadership } from '@/server/admin/team-membership';

/**
 * Edits a person: name, colour, start date, role or team. A team move follows the team
 * of record rule: open deals (one REASSIGNED event each) and goals of the current and
 * later months go to the new team; closed deals and past goals stay with the old one.
 * When the new team's office works in another currency, what moves is converted into it
 * at this month's rates in the same transaction (and the answer says so); without a rate
 * the move is refused with 422, so the wall never holds amounts in the wrong currency.
 */
export async function updatePerson(options: { actor: SessionUser; userId: string; input: unknown; now?: Date }): Promise<TPersonUpdate> {
  const input = ZUpdatePersonInput.parse(options.input);
  const now = options.now ?? new Date();
  const result = await changePerson(options, async (tx, { before, actor }) => {
    assertAllowed(refusalToManagePerson(actor, before, { role: input.role, teamId: input.teamId }));
    const role = input.role ?? before.role;
    const teamId = input.teamId !== undefined ? input.teamId : before.teamId;
    await checkTeamForRole(tx, role, teamId);

    const audit: AuditRecord[] = [];
    let changes: TDealChange[] = [];
    let moved = { dealIds: [] as string[], goalIds: [] as string[] };
    let conversion: ReturnType<typeof describeConversion> = null;
    if (teamId !== before.teamId && teamId !== null) {
      const zoneTeamId = before.teamId ?? teamId;
      const zoneTeam = await tx.team.findUniqueOrThrow({ where: { id: zoneTeamId }, select: { office: { select: { timeZone: true } } } });
      // One after the other: a transaction is one connection, which runs one query at a time.
      const deals = await tx.deal.findMany({ where: { ownerId: before.id }, select: { id: true, teamId: true, stage: true, deletedAt: true } });
      const goals = await tx.monthlyGoal.findMany({
        where: { userId: before.id },
        select: { id: true, teamId: true, month: true, amountMinor: true, currency: true },
      });
      const plan = planTeamMove({
        deals,
        goals: goals.map((goal) => ({ id: goal.id, teamId: goal.teamId, month: monthKey(goal.month) })),
        currentMonth: monthKey(monthStartInZone(now, zoneTeam.office.timeZone)),
        newTeamId: teamId,
      });
      const reassigned = await reassignDeals(tx, {
        dealIds: plan.dealIdsToMove,
        teamId,
        actor: { id: options.actor.id, name: options.actor.name },
        now,
        what: `${before.name}'s open deals`,
      });
      changes = reassigned.changes;
      const movingGoals = goals.filter((goal) => plan.goalIdsToMove.includes(goal.id));
      const target = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { office: { select: { currency: true } } } });
      const goalConversion = await prepareConversion(tx, {
        fromCurrencies: movingGoals.map((goal) => goal.currency),
        to: target.office.currency,
        now,
        what: `${before.name}'s goals`,
      });
      for (const goal of movingGoals) {
        const amount = convertWith(goalConversion, goal.amountMinor, goal.currency);
        await tx.monthlyGoal.update({ where: { id: goal.id }, data: { teamId, amountMinor: amount.amountMinor, currency: amount.currency } });
      }
      conversion = describeConversion(reassigned.conversion ?? goalConversion);
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
      after: {
        ...personSnapshot(after),
        ...(teamId !== before.teamId ? { movedDealIds: moved.dealIds, movedGoalIds: moved.goalIds } : {}),
        ...(conversion ? { convertedCurrency: conversion } : {}),
      },
    });
    await writeAuditEntries(tx, audit);
    return {
      result: {
        person: after,
        moved: { openDeals: moved.dealIds.length, goals: moved.goalIds.length, ...(conversion ? { conversion } : {}) },
        teamChanged: teamId !== before.teamId,
      },
      dealChanges: changes,
    };
  });
  if (result.teamChanged) refreshWallFigures();
  return { person: result.person, moved: result.moved };
}
