import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZCreateHolidayInput, type THoliday } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { findOffice, isUniqueViolation, toHoliday } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';

/** Adds one holiday to an office's calendar (admins). */
export async function createHoliday(options: { actor: SessionUser; officeId: string; input: unknown }): Promise<THoliday> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'holidays'));
  const input = ZCreateHolidayInput.parse(options.input);
  try {
    const holiday = await prisma.$transaction(async (tx) => {
      const office = await findOffice(tx, options.officeId);
      const created = toHoliday(await tx.holiday.create({ data: { officeId: office.id, date: new Date(`${input.date}T00:00:00Z`), name: input.name } }));
      await writeAuditEntry(tx, { actorId: options.actor.id, action: 'holiday.create', objectType: 'Holiday', objectId: created.id, after: created });
      return created;
    }, adminTransactionOptions);
    refreshWallFigures();
    return holiday;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', `The office already has a holiday on ${input.date}.`);
    throw error;
  }
}
