import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { TTeam } from '@/schemas/admin';
import { refusalToListTeams, visibleTeamIds } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { teamSelection, toTeam } from '@/server/admin/summaries';

/** Teams by office and name: admins see all, managers and leads their own (read-only). */
export async function listTeams(options: { actor: SessionUser; officeId?: string }): Promise<TTeam[]> {
  const actor = await loadAdminActor(options.actor);
  assertAllowed(refusalToListTeams(actor));
  const visible = visibleTeamIds(actor);
  const rows = await prisma.team.findMany({
    where: { ...(options.officeId ? { officeId: options.officeId } : {}), ...(visible === 'all' ? {} : { id: { in: [...visible] } }) },
    orderBy: [{ office: { name: 'asc' } }, { name: 'asc' }],
    select: teamSelection,
  });
  return rows.map(toTeam);
}
