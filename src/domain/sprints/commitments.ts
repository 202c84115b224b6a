import type { TDealOutcome, TDealStage } from '@/schemas/deal';

// A rep commits, in a sprint, to move a deal on (to a later column, or to a win) or to
// close it (won). Whether the commitment was met is read from the deal's history: the
// states it was in during the sprint's window.

export const commitmentGoals = ['ADVANCE', 'CLOSE'] as const;
export type CommitmentGoal = (typeof commitmentGoals)[number];
export type CommitmentStatus = 'met' | 'missed' | 'open';

/** A state the deal reached, and when: one per DealEvent, from its `after` card. */
export type DealState = { stage: TDealStage; outcome: TDealOutcome | null; deleted: boolean; at: Date };

const stageRank: Record<TDealStage, number> = { BACKLOG: 0, TODO: 1, IN_PROGRESS: 2, COMPLETED: 3 };

/** Whether reaching `state` fulfils the goal for a deal committed from `fromStage`. */
export function fulfils(goal: CommitmentGoal, fromStage: TDealStage, state: DealState): boolean {
  if (state.deleted) return false;
  if (state.stage === 'COMPLETED') return state.outcome === 'WON';
  return goal === 'ADVANCE' && stageRank[state.stage] > stageRank[fromStage];
}

/**
 * Met when the deal reached a fulfilling state inside the window; open while the sprint
 * runs and it has not yet; missed once the sprint is over without it.
 */
export function commitmentStatus(options: {
  goal: CommitmentGoal;
  fromStage: TDealStage;
  window: { startsAt: Date; endsAt: Date };
  states: readonly DealState[];
  now: Date;
}): CommitmentStatus {
  const { goal, fromStage, window, states, now } = options;
  const met = states.some(
    (state) => state.at >= window.startsAt && state.at < window.endsAt && fulfils(goal, fromStage, state),
  );
  if (met) return 'met';
  return now < window.endsAt ? 'open' : 'missed';
}

/** Share of decided commitments that were met, in percent; null when none is decided. */
export function commitmentsMetPercent(statuses: readonly CommitmentStatus[]): number | null {
  const decided = statuses.filter((status) => status !== 'open');
  if (decided.length === 0) return null;
  return (decided.filter((status) => status === 'met').length / decided.length) * 100;
}
