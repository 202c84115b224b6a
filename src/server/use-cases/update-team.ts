import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateTeamInput, type TTeam } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { writeChangeAuditEntry } from '@/server/admin/audit';
import { findTeam, teamSnapshot } from '@/server/admin/summaries';
import { writeNamedSettings } from '@/server/admin/write-named-settings';
import { checkTeamLeadership } from '@/server/admin/team-membership';
import { refusalToMoveTeamAcrossCurrencies } from '@/domain/admin/currency-moves';

/** Changes a team's settings, lead or manager, or moves it to another office (admins). */
export async function updateTeam(options: { actor: SessionUser; teamId: string; input: unknown }): Promise<TTeam> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'teams'));
  const input = ZUpdateTeamInput.parse(options.input);
  return writeNamedSettings(async (tx) => {
    const before = await findTeam(tx, options.teamId);
    if (input.officeId && input.officeId !== before.officeId) {
      const [target, current] = [
        await tx.office.findUnique({ where: { id: input.officeId }, select: { name: true, currency: true } }),
        await tx.office.findUniqueOrThrow({ where: { id: before.officeId }, select: { currency: true } }),
      ];
      if (!target) throw new AppError('UNPROCESSABLE', 'That office does not exist.');
      // A team's deals and goals are in its office's currency; history is not rewritten.
      const refusal = refusalToMoveTeamAcrossCurrencies({
        teamName: before.name,
        officeName: target.name,
        from: current.currency,
        to: target.currency,
        dealCount: current.currency === target.currency ? 0 : await tx.deal.count({ where: { teamId: before.id } }),
        goalCount: current.currency === target.currency ? 0 : await tx.monthlyGoal.count({ where: { teamId: before.id } }),
      });
      if (refusal) throw new AppError('UNPROCESSABLE', refusal, { rule: 'CURRENCY_MISMATCH' });
    }
    await checkTeamLeadership(tx, {
      leadId: input.leadId !== before.leadId ? input.leadId : undefined,
      managerId: input.managerId !== before.managerId ? input.managerId : undefined,
    });
    await tx.team.update({ where: { id: before.id }, data: input });
    const after = await findTeam(tx, before.id);
    await writeChangeAuditEntry(tx, { actorId: options.actor.id, action: 'team.update', objectType: 'Team', before, after, snapshot: teamSnapshot });
    return after;
  }, `The office already has a team called "${input.name}".`);
}
