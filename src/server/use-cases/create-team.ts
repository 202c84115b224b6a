import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZCreateTeamInput, type TTeam } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { writeAuditEntry } from '@/server/admin/audit';
import { findTeam, teamSnapshot } from '@/server/admin/summaries';
import { writeNamedSettings } from '@/server/admin/write-named-settings';
import { checkTeamLeadership } from '@/server/admin/team-membership';

/** Adds a team to an office (admins). */
export async function createTeam(options: { actor: SessionUser; input: unknown }): Promise<TTeam> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'teams'));
  const input = ZCreateTeamInput.parse(options.input);
  return writeNamedSettings(async (tx) => {
    if (!(await tx.office.findUnique({ where: { id: input.officeId }, select: { id: true } }))) {
      throw new AppError('UNPROCESSABLE', 'That office does not exist.');
    }
    await checkTeamLeadership(tx, { leadId: input.leadId, managerId: input.managerId });
    const created = await tx.team.create({ data: input, select: { id: true } });
    const team = await findTeam(tx, created.id);
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'team.create', objectType: 'Team', objectId: team.id, after: teamSnapshot(team) });
    return team;
  }, `The office already has a team called "${input.name}".`);
}
