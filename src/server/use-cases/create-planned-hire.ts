import { ZPlannedHireInput, type TPlannedHire } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { writeAuditEntry } from '@/server/admin/audit';
import { checkPlannedHire, plannedHireSelect, toPlannedHire } from '@/server/forecast/planned-hires';

/** Adds a planned hire (admins for any team, managers for their own), with its audit entry. */
export async function createPlannedHire(options: { actor: SessionUser; input: unknown; now?: Date }): Promise<TPlannedHire> {
  const input = ZPlannedHireInput.parse(options.input);
  const now = options.now ?? new Date();
  const row = await prisma.$transaction(async (tx) => {
    const startDate = await checkPlannedHire(tx, options.actor, input, now);
    const created = await tx.plannedHire.create({
      data: { teamId: input.teamId, startDate, count: input.count, personId: input.personId, rampOverride: input.rampOverride ?? undefined, note: input.note, createdById: options.actor.id },
      select: plannedHireSelect,
    });
    await writeAuditEntry(tx, { actorId: options.actor.id, action: 'planned-hire.create', objectType: 'PlannedHire', objectId: created.id, after: input });
    return created;
  });
  return toPlannedHire(row, options.actor);
}
