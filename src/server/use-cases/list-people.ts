import { integrationActorEmailDomain } from '@/server/webhooks/connection-actor';
import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { ZPeopleFilter, type TPerson } from '@/schemas/admin';
import { refusalToListPeople } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { personSelection, toPerson } from '@/server/admin/summaries';

/** People by name: admins see everyone, managers the people of the teams they manage. */
export async function listPeople(options: { actor: SessionUser; filter: unknown }): Promise<TPerson[]> {
  const filter = ZPeopleFilter.parse(options.filter);
  const actor = await loadAdminActor(options.actor);
  assertAllowed(refusalToListPeople(actor, filter.teamId));
  const teamScope = actor.role === 'ADMIN' ? {} : { teamId: { in: [...actor.managedTeamIds] } };
  const rows = await prisma.user.findMany({
    where: {
      ...teamScope,
      ...(filter.teamId ? { teamId: filter.teamId } : {}),
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.active !== undefined ? { active: filter.active } : {}),
      // The users that stand for CRM connections as actors are not people.
      NOT: { email: { endsWith: integrationActorEmailDomain } },
    },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: personSelection,
  });
  return rows.map(toPerson);
}
