import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAddNotes } from '@/domain/sprints/permissions';
import { ZCreateRetroNoteInput, type TRetroNote } from '@/schemas/sprint';
import { assertAllowed, loadSprintTeam, loadTeamSprint } from '@/server/sprints/team-context';
import { retroNoteInclude, toRetroNote } from '@/server/sprints/payloads';
import { reconcileTags } from '@/domain/sprints/tags';
import { loadTagsInUse } from '@/server/sprints/tags-in-use';

/** A "went well" or "to improve" note on a sprint, or on one of the team's deals. */
export async function createRetroNote(options: { actor: SessionUser; teamId: string; sprintId: string; input: unknown }): Promise<{ note: TRetroNote }> {
  const context = await loadSprintTeam(options.actor, options.teamId);
  assertAllowed(refusalToAddNotes(context.actor, context.team.id));
  const input = ZCreateRetroNoteInput.parse(options.input);
  const sprint = await loadTeamSprint(context, options.sprintId);
  if (input.dealId) {
    const deal = await prisma.deal.findUnique({ where: { id: input.dealId }, select: { teamId: true } });
    if (!deal || deal.teamId !== context.team.id) throw new AppError('UNPROCESSABLE', `That deal is not one of ${context.team.name}'s.`, { dealId: input.dealId });
  }
  // A tag already in use under another spelling (#multithreading, #multi-threading) keeps that spelling.
  const tags = input.tags.length > 0 ? reconcileTags(input.tags, await loadTagsInUse(options.actor)) : [];
  const note = await prisma.retroNote.create({
    data: {
      teamId: context.team.id,
      sprintId: sprint.id,
      dealId: input.dealId ?? null,
      kind: input.kind,
      text: input.text,
      tags,
      authorId: context.actor.id,
    },
    include: retroNoteInclude,
  });
  return { note: toRetroNote(note) };
}
