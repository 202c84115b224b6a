import type { SessionUser } from '@/server/auth/session-user';
import { ZCreateOfficeInput, type TOffice } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { writeAuditEntry } from '@/server/admin/audit';
import { findOffice, officeSnapshot } from '@/server/admin/summaries';
import { writeNamedSettings } from '@/server/admin/write-named-settings';

/** Adds an office (admins). */
export async function createOffice(options: { actor: SessionUser; input: unknown }): Promise<TOffice> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'offices'));
  const input = ZCreateOfficeInput.parse(options.input);
  return writeNamedSettings(async (tx) => {
    const created = await tx.office.create({ data: input, select: { id: true } });
    const office = await findOffice(tx, created.id);
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'office.create', objectType: 'Office', objectId: office.id, after: officeSnapshot(office) });
    return office;
  }, `There is already an office called "${input.name}".`);
}
