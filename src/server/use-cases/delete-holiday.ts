import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import type { THoliday } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { toHoliday } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';

/** Removes one holiday from an office's calendar (admins). */
export async function deleteHoliday(options: { actor: SessionUser; officeId: string; holidayId: string }): Promise<THoliday> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'holidays'));
  const holiday = await prisma.$transaction(async (tx) => {
    const row = await tx.holiday.findUnique({ where: { id: options.holidayId } });
    if (!row || row.officeId !== options.officeId) throw new AppError('NOT_FOUND', 'No such holiday in this office.');
    await tx.holiday.delete({ where: { id: row.id } });
    const deleted = toHoliday(row);
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'holiday.delete', objectType: 'Holiday', objectId: row.id, before: deleted });
    return deleted;
  }, adminTransactionOptions);
  refreshWallFigures();
  return holiday;
}
