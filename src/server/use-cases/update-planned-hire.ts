import { Prisma } from '@/generated/prisma/client';
import { ZPlannedHireInput, ZPlannedHireUpdate, type TPlannedHire } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { writeAuditEntry } from '@/server/admin/audit';
import { assertMayPlan, checkPlannedHire, plannedHireSelect, toPlannedHire } from '@/server/forecast/planned-hires';

/** Changes a planned hire; the team before and after must both be the actor's to plan. */
export async function updatePlannedHire(options: { actor: SessionUser; hireId: string; input: unknown; now?: Date }): Promise<TPlannedHire> {
  const changes = ZPlannedHireUpdate.parse(options.input);
  const now = options.now ?? new Date();
  const row = await prisma.$transaction(async (tx) => {
    const before = await tx.plannedHire.findUnique({ where: { id: options.hireId }, select: plannedHireSelect });
    if (!before) throw new AppError('NOT_FOUND', 'There is no such planned hire.');
    assertMayPlan(options.actor, before.teamId);
    const merged = ZPlannedHireInput.parse({
      teamId: changes.teamId ?? before.teamId,
      startDate: changes.startDate ?? before.startDate.toISOString().slice(0, 10),
      count: changes.count ?? before.count,
      personId: changes.personId !== undefined ? changes.personId : before.personId,
      rampOverride: changes.rampOverride !== undefined ? changes.rampOverride : Array.isArray(before.rampOverride) ? before.rampOverride : null,
      note: changes.note ?? before.note,
    });
    const startDate = await checkPlannedHire(tx, options.actor, merged, now);
    const updated = await tx.plannedHire.update({
      where: { id: before.id },
      data: { teamId: merged.teamId, startDate, count: merged.count, personId: merged.personId, rampOverride: merged.rampOverride ?? Prisma.DbNull, note: merged.note },
      select: plannedHireSelect,
    });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'planned-hire.update', objectType: 'PlannedHire', objectId: before.id, before: toPlannedHire(before, options.actor), after: merged });
    return updated;
  });
  return toPlannedHire(row, options.actor);
}
