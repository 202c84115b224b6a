import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { writeAuditEntry } from '@/server/admin/audit';
import { assertMayPlan, plannedHireSelect, toPlannedHire } from '@/server/forecast/planned-hires';

/** Removes a planned hire from the plan, with its audit entry. */
export async function deletePlannedHire(options: { actor: SessionUser; hireId: string }): Promise<{ id: string }> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.plannedHire.findUnique({ where: { id: options.hireId }, select: plannedHireSelect });
    if (!before) throw new AppError('NOT_FOUND', 'There is no such planned hire.');
    assertMayPlan(options.actor, before.teamId);
    await tx.plannedHire.delete({ where: { id: before.id } });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'planned-hire.delete', objectType: 'PlannedHire', objectId: before.id, before: toPlannedHire(before, options.actor) });
  });
  return { id: options.hireId };
}
