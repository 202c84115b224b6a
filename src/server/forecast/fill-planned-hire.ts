import { plannedHireToFill } from '@/domain/forecast/planned-hire-to-fill';
import type { TransactionClient } from '@/server/db';
import { writeAuditEntry } from '@/server/admin/audit';

/**
 * Inside the transaction that adds a person: if they sell on a team that planned an
 * unnamed hire around their start, that plan entry now names them (an entry of several
 * gives one of its places up to a new entry that names them), so the forecast counts
 * them once. Audited as planned-hire.link. Returns the entry that names them, if any.
 */
export async function fillPlannedHire(
  tx: TransactionClient,
  options: { actorId: string; person: { id: string; teamId: string | null; role: string; startDate: Date } },
): Promise<string | null> {
  const { person } = options;
  if (!person.teamId) return null;
  const hires = await tx.plannedHire.findMany({
    where: { teamId: person.teamId, personId: null },
    select: { id: true, teamId: true, startDate: true, count: true, personId: true, rampOverride: true, note: true },
    orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }],
  });
  const chosen = plannedHireToFill(hires, { teamId: person.teamId, startDate: person.startDate, sells: person.role === 'REP' || person.role === 'LEAD' });
  if (!chosen) return null;
  let linkedId = chosen.id;
  if (chosen.count > 1) {
    await tx.plannedHire.update({ where: { id: chosen.id }, data: { count: chosen.count - 1 } });
    const created = await tx.plannedHire.create({
      data: { teamId: chosen.teamId, startDate: person.startDate, count: 1, personId: person.id, rampOverride: chosen.rampOverride ?? undefined, note: chosen.note, createdById: options.actorId },
      select: { id: true },
    });
    linkedId = created.id;
  } else {
    await tx.plannedHire.update({ where: { id: chosen.id }, data: { personId: person.id, startDate: person.startDate } });
  }
  await writeAuditEntry(tx, {
    actorId: options.actorId,
    action: 'planned-hire.link',
    objectType: 'PlannedHire',
    objectId: linkedId,
    before: { id: chosen.id, count: chosen.count, startDate: chosen.startDate.toISOString().slice(0, 10), personId: null },
    after: { id: linkedId, personId: person.id, startDate: person.startDate.toISOString().slice(0, 10), placesLeftInPlan: chosen.count > 1 ? chosen.count - 1 : 0 },
  });
  return linkedId;
}
