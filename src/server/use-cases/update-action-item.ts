import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToRunRituals, refusalToUpdateActionItem } from '@/domain/sprints/permissions';
import { ZUpdateActionItemInput, type TActionItem } from '@/schemas/sprint';
import { assertAllowed, loadSprintTeam } from '@/server/sprints/team-context';
import { toActionItem } from '@/server/sprints/payloads';

/**
 * Ticks an action item off (or reopens it): its owner or those who run the team's
 * rituals. Changing the title, owner or due date is for the latter only.
 */
export async function updateActionItem(options: { actor: SessionUser; itemId: string; input: unknown; now?: Date }): Promise<{ actionItem: TActionItem }> {
  const itemId = ZEntityId.parse(options.itemId);
  const input = ZUpdateActionItemInput.parse(options.input);
  const now = options.now ?? new Date();
  const existing = await prisma.actionItem.findUnique({ where: { id: itemId } });
  if (!existing) throw new AppError('NOT_FOUND', 'No such action item.');
  const context = await loadSprintTeam(options.actor, existing.teamId);
  const changesDetails = input.title !== undefined || input.ownerId !== undefined || input.dueOn !== undefined;
  assertAllowed(changesDetails ? refusalToRunRituals(context.actor, existing.teamId) : refusalToUpdateActionItem(context.actor, existing));
  if (input.ownerId !== undefined) {
    const owner = await prisma.user.findUnique({ where: { id: input.ownerId }, select: { teamId: true, active: true, leadOf: { select: { id: true } } } });
    const belongs = owner && owner.active && (owner.teamId === existing.teamId || owner.leadOf.some((team) => team.id === existing.teamId));
    if (!belongs) throw new AppError('UNPROCESSABLE', `The owner must be someone on ${context.team.name} or its lead.`, { ownerId: input.ownerId });
  }
  const item = await prisma.actionItem.update({
    where: { id: itemId },
    data: {
      title: input.title,
      ownerId: input.ownerId,
      dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : undefined,
      doneAt: input.done === undefined ? undefined : input.done ? (existing.doneAt ?? now) : null,
    },
    include: { owner: { select: { name: true } } },
  });
  return { actionItem: toActionItem(item, now, context.team.timeZone) };
}
