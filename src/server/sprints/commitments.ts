import { ZText } from '@/schemas/primitives';
import { z } from 'zod';
import type { Commitment, Deal } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import { commitmentStatus, type DealState } from '@/domain/sprints/commitments';
import type { TCommitment } from '@/schemas/sprint';

// A commitment's status comes from the deal's history inside the sprint window.

const ZStateOfCard = z.object({
  stage: z.enum(['BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED']),
  outcome: z.enum(['WON', 'LOST']).nullable(),
  deletedAt: ZText.nullable(),
});

type Window = { startsAt: Date; endsAt: Date };

/** Every state the given deals reached inside the window, by deal. */
export async function loadDealStates(dealIds: readonly string[], window: Window): Promise<Map<string, DealState[]>> {
  const states = new Map<string, DealState[]>();
  if (dealIds.length === 0) return states;
  const events = await prisma.dealEvent.findMany({
    where: { dealId: { in: [...dealIds] }, occurredAt: { gte: window.startsAt, lt: window.endsAt } },
    select: { dealId: true, after: true, occurredAt: true },
    orderBy: { sequence: 'asc' },
  });
  for (const event of events) {
    const card = ZStateOfCard.safeParse(event.after);
    if (!card.success) continue;
    const list = states.get(event.dealId) ?? [];
    list.push({ stage: card.data.stage, outcome: card.data.outcome, deleted: card.data.deletedAt !== null, at: event.occurredAt });
    states.set(event.dealId, list);
  }
  return states;
}

export function toCommitment(commitment: Commitment & { deal: Deal }, states: readonly DealState[], window: Window, now: Date): TCommitment {
  return {
    id: commitment.id,
    dealId: commitment.dealId,
    account: commitment.deal.account,
    title: commitment.deal.title,
    amountMinor: commitment.deal.amountMinor,
    stage: commitment.deal.stage,
    goal: commitment.goal,
    fromStage: commitment.fromStage,
    status: commitmentStatus({ goal: commitment.goal, fromStage: commitment.fromStage, window, states, now }),
  };
}

/** A sprint's commitments with their status, grouped by rep. */
export async function loadSprintCommitments(sprint: Window & { id: string }, userIds: readonly string[], now: Date): Promise<Map<string, TCommitment[]>> {
  const rows = await prisma.commitment.findMany({
    where: { sprintId: sprint.id, userId: { in: [...userIds] } },
    include: { deal: true },
    orderBy: { createdAt: 'asc' },
  });
  const states = await loadDealStates(
    rows.map((row) => row.dealId),
    sprint,
  );
  const byRep = new Map<string, TCommitment[]>();
  for (const row of rows) {
    const list = byRep.get(row.userId) ?? [];
    list.push(toCommitment(row, states.get(row.dealId) ?? [], sprint, now));
    byRep.set(row.userId, list);
  }
  return byRep;
}
