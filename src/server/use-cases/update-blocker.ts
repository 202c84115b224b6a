import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToRunRituals } from '@/domain/sprints/permissions';
import { ZUpdateBlockerInput, type TBlocker } from '@/schemas/sprint';
import { assertAllowed, loadSprintTeam } from '@/server/sprints/team-context';
import { toBlocker } from '@/server/sprints/payloads';

/** Marks a blocker resolved, or open again. */
export async function updateBlocker(options: { actor: SessionUser; blockerId: string; input: unknown; now?: Date }): Promise<{ blocker: TBlocker }> {
  const blockerId = ZEntityId.parse(options.blockerId);
  const input = ZUpdateBlockerInput.parse(options.input);
  const existing = await prisma.blocker.findUnique({ where: { id: blockerId } });
  if (!existing) throw new AppError('NOT_FOUND', 'No such blocker.');
  const context = await loadSprintTeam(options.actor, existing.teamId);
  assertAllowed(refusalToRunRituals(context.actor, existing.teamId));
  const blocker = await prisma.blocker.update({
    where: { id: blockerId },
    data: { resolvedAt: input.resolved ? (existing.resolvedAt ?? options.now ?? new Date()) : null },
  });
  return { blocker: toBlocker(blocker) };
}
