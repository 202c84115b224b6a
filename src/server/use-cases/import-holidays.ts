import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZImportHolidaysInput, type THolidayImportReport } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { parseCsvHolidays, parseIcsHolidays, planHolidayImport } from '@/domain/admin/holiday-import';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { findOffice } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';

/**
 * Imports an office's holidays from an .ics or CSV text (admins). Dates the office
 * already has are skipped; if any line is invalid nothing is written and the report
 * comes back as a 422 naming each line.
 */
export async function importHolidays(options: { actor: SessionUser; officeId: string; input: unknown }): Promise<THolidayImportReport> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'holidays'));
  const input = ZImportHolidaysInput.parse(options.input);
  const parsed = input.format === 'ics' ? parseIcsHolidays(input.content) : parseCsvHolidays(input.content);
  if (parsed.errors.length > 0) {
    const report: THolidayImportReport = { added: 0, skipped: 0, errors: parsed.errors };
    const lines = parsed.errors.length === 1 ? `line ${parsed.errors[0]!.line}` : `${parsed.errors.length} lines`;
    throw new AppError('UNPROCESSABLE', `Nothing was imported: ${lines} could not be read.`, report);
  }
  const report = await prisma.$transaction(async (tx) => {
    const office = await findOffice(tx, options.officeId);
    const existing = await tx.holiday.findMany({ where: { officeId: office.id }, select: { date: true } });
    const plan = planHolidayImport(parsed.holidays, new Set(existing.map((holiday) => holiday.date.toISOString().slice(0, 10))));
    await tx.holiday.createMany({
      data: plan.toAdd.map((holiday) => ({ officeId: office.id, date: new Date(`${holiday.date}T00:00:00Z`), name: holiday.name })),
    });
    await writeAuditEntry(tx, {
      actorId: options.actor.id,
      action: 'holiday.import',
      objectType: 'Office',
      objectId: office.id,
      after: { format: input.format, added: plan.toAdd.map(({ date, name }) => ({ date, name })), skipped: plan.skipped },
    });
    return { added: plan.toAdd.length, skipped: plan.skipped, errors: [] };
  }, adminTransactionOptions);
  if (report.added > 0) refreshWallFigures();
  return report;
}
