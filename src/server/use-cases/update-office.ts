import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateOfficeInput, type TOffice } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { writeChangeAuditEntry } from '@/server/admin/audit';
import { findOffice, officeSnapshot } from '@/server/admin/summaries';
import { writeNamedSettings } from '@/server/admin/write-named-settings';
import { refusalToChangeOfficeCurrency } from '@/domain/admin/currency-moves';

/** Changes an office's settings (admins). */
export async function updateOffice(options: { actor: SessionUser; officeId: string; input: unknown }): Promise<TOffice> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'offices'));
  const input = ZUpdateOfficeInput.parse(options.input);
  return writeNamedSettings(async (tx) => {
    const before = await findOffice(tx, options.officeId);
    const start = input.businessDayStart ?? before.businessDayStart;
    const end = input.businessDayEnd ?? before.businessDayEnd;
    if (start >= end) throw new AppError('UNPROCESSABLE', 'The business day must end after it starts.');
    if (input.currency !== undefined && input.currency !== before.currency) {
      // Every deal and goal of the office is in its currency; they are never re-denominated.
      const refusal = refusalToChangeOfficeCurrency({
        officeName: before.name,
        from: before.currency,
        to: input.currency,
        dealCount: await tx.deal.count({ where: { team: { officeId: before.id } } }),
        goalCount: await tx.monthlyGoal.count({ where: { team: { officeId: before.id } } }),
      });
      if (refusal) throw new AppError('UNPROCESSABLE', refusal, { rule: 'CURRENCY_MISMATCH' });
    }
    await tx.office.update({ where: { id: before.id }, data: input });
    const after = await findOffice(tx, before.id);
    await writeChangeAuditEntry(tx, { actorId: options.actor.id, action: 'office.update', objectType: 'Office', before, after, snapshot: officeSnapshot });
    return after;
  }, `There is already an office called "${input.name}".`);
}
