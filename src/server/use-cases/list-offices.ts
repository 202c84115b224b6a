import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { TOffice } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { officeSelection, toOffice } from '@/server/admin/summaries';

/** Every office, by name (admins). */
export async function listOffices(options: { actor: SessionUser }): Promise<TOffice[]> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'offices'));
  const rows = await prisma.office.findMany({ orderBy: { name: 'asc' }, select: officeSelection });
  return rows.map(toOffice);
}
