import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { cadencePeopleColumns } from '@/domain/import/presets';
import { toCsv } from '@/domain/import/export-rows';
import { readableTeamIds } from '@/server/export/readable-teams';

/** The people the user may see (admins everyone; others the people of their readable teams), in Cadence's people CSV. */
export async function exportPeople(options: { actor: SessionUser }): Promise<string> {
  const teams = readableTeamIds(options.actor);
  const people = await prisma.user.findMany({
    where: teams === null ? {} : { teamId: { in: teams } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, email: true, role: true, startDate: true, active: true, team: { select: { name: true, office: { select: { name: true } } } } },
  });
  return toCsv(cadencePeopleColumns, people.map((person) => [
    person.id, person.name, person.email, person.role, person.team?.name ?? '', person.team?.office.name ?? '', person.startDate.toISOString().slice(0, 10), person.active,
  ]));
}
