import type { TransactionClient } from '@/server/db';
import { AppError } from '@/server/errors';
import type { TRole } from '@/schemas/admin';
import type { AuditRecord } from './audit';

// Checks and side effects shared by the use cases that change who is in which team
// and who leads or manages it.

/** Reps and leads sell in a team's lane, so they need one; managers and admins may have none. */
export async function checkTeamForRole(tx: TransactionClient, role: TRole, teamId: string | null): Promise<void> {
  if ((role === 'REP' || role === 'LEAD') && !teamId) {
    throw new AppError('UNPROCESSABLE', 'Reps and leads need a team.', { field: 'teamId' });
  }
  if (teamId && !(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } }))) {
    throw new AppError('UNPROCESSABLE', 'That team does not exist.', { field: 'teamId' });
  }
}

/** A team's lead must be an active LEAD and its manager an active MANAGER (422 otherwise). */
export async function checkTeamLeadership(
  tx: TransactionClient,
  options: { leadId?: string | null; managerId?: string | null },
): Promise<void> {
  const checks = [
    { id: options.leadId, role: 'LEAD', label: 'lead', field: 'leadId' },
    { id: options.managerId, role: 'MANAGER', label: 'manager', field: 'managerId' },
  ] as const;
  for (const check of checks) {
    if (!check.id) continue;
    const user = await tx.user.findUnique({ where: { id: check.id }, select: { role: true, active: true, name: true } });
    if (!user) throw new AppError('UNPROCESSABLE', `The chosen ${check.label} does not exist.`, { field: check.field });
    if (!user.active) throw new AppError('UNPROCESSABLE', `${user.name} is deactivated and cannot be the team's ${check.label}.`, { field: check.field });
    if (user.role !== check.role) {
      throw new AppError('UNPROCESSABLE', `${user.name} is not a ${check.role}; change their role first to make them the team's ${check.label}.`, { field: check.field });
    }
  }
}

/**
 * Takes a lead's or manager's title off the teams they lead or manage once their role
 * no longer fits it (a team's lead must be a LEAD, its manager a MANAGER).
 */
export async function releaseTeamLeadership(
  tx: TransactionClient,
  options: { userId: string; keepLead: boolean; keepManager: boolean; actorId: string },
): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  const release = async (field: 'leadId' | 'managerId') => {
    const teams = await tx.team.findMany({ where: { [field]: options.userId }, select: { id: true } });
    for (const team of teams) {
      await tx.team.update({ where: { id: team.id }, data: { [field]: null } });
      records.push({ actorId: options.actorId, action: 'team.update', objectType: 'Team', objectId: team.id, before: { [field]: options.userId }, after: { [field]: null } });
    }
  };
  if (!options.keepLead) await release('leadId');
  if (!options.keepManager) await release('managerId');
  return records;
}
