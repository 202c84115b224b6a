import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { THoliday } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { findOffice, toHoliday } from '@/server/admin/summaries';

/** An office's holidays, oldest first (admins). */
export async function listHolidays(options: { actor: SessionUser; officeId: string }): Promise<THoliday[]> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'holidays'));
  await findOffice(prisma, options.officeId);
  const rows = await prisma.holiday.findMany({ where: { officeId: options.officeId }, orderBy: { date: 'asc' } });
  return rows.map(toHoliday);
}
