import { openDealStages } from '@/schemas/deal-stages';
import type { TDealOutcome, TDealStage, TOpenDealStage } from '@/schemas/deal';
import { BoardRuleError } from './board-rule-error';

// Which stage changes are allowed. Open stages (BACKLOG, TODO, IN_PROGRESS) move freely
// among themselves. COMPLETED is entered only by closing with an outcome, and left only
// by reopening, so a closed deal always has its outcome, amount and date.
//
// A deal counts as closed when its stage is COMPLETED or it carries an outcome. The two
// go together; reading either makes a half-written row reopenable rather than stuck.

/** A close date may run this far ahead of the server clock (browser clocks drift). */
export const closeDateToleranceMilliseconds = 5 * 60 * 1000;

type StagedDeal = { stage: TDealStage; outcome?: TDealOutcome | null };

export type MovePlan = {
  stage: TOpenDealStage;
  /** False when the card only changes place within its column (time in column keeps running). */
  isStageChange: boolean;
};

export type ClosePlan = {
  outcome: TDealOutcome;
  /** The amount won, in minor units; null for a lost deal. */
  closedAmountMinor: number | null;
  closedAt: Date;
};

export type ReopenPlan = {
  stage: TOpenDealStage;
  outcome: null;
  closedAmountMinor: null;
  closedAt: null;
};

export function isDealClosed(deal: StagedDeal): boolean {
  return deal.stage === 'COMPLETED' || (deal.outcome ?? null) !== null;
}

/** Moves an open deal to an open stage (or within its column). */
export function planMove(deal: StagedDeal, targetStage: TDealStage): MovePlan {
  if (isDealClosed(deal)) {
    throw new BoardRuleError('INVALID_TRANSITION', 'This deal is closed. Reopen the deal first.');
  }
  if (!isOpenStage(targetStage)) {
    throw new BoardRuleError('INVALID_TRANSITION', 'Closing a deal needs an outcome: use close.');
  }
  return { stage: targetStage, isStageChange: targetStage !== deal.stage };
}

/**
 * Closes an open deal as won or lost. A won deal keeps its amount unless another is
 * given; a lost deal records no amount (any amount given for it is ignored). The close
 * date defaults to now and may not lie in the future.
 */
export function planClose(
  deal: StagedDeal & { amountMinor: number },
  input: { outcome: TDealOutcome; closedAmountMinor?: number; closedAt?: Date },
  now: Date,
): ClosePlan {
  if (isDealClosed(deal)) {
    throw new BoardRuleError('INVALID_TRANSITION', 'This deal is already closed. Reopen it to close it again.');
  }
  const closedAt = input.closedAt ?? now;
  if (Number.isNaN(closedAt.getTime())) {
    throw new BoardRuleError('INVALID_CLOSE', 'The close date is not a valid date.');
  }
  if (closedAt.getTime() - now.getTime() > closeDateToleranceMilliseconds) {
    throw new BoardRuleError('INVALID_CLOSE', 'The close date cannot be in the future.');
  }
  if (input.outcome === 'LOST') return { outcome: 'LOST', closedAmountMinor: null, closedAt };

  const closedAmountMinor = input.closedAmountMinor ?? deal.amountMinor;
  if (!Number.isSafeInteger(closedAmountMinor) || closedAmountMinor < 0) {
    throw new BoardRuleError('INVALID_CLOSE', 'The amount won must be a whole, non-negative number of minor units.');
  }
  return { outcome: 'WON', closedAmountMinor, closedAt };
}

/** Takes a closed deal back onto the open board, by default to IN_PROGRESS. */
export function planReopen(deal: StagedDeal, targetStage: TOpenDealStage = 'IN_PROGRESS'): ReopenPlan {
  if (!isDealClosed(deal)) {
    throw new BoardRuleError('INVALID_TRANSITION', 'Only a closed deal can be reopened.');
  }
  if (!isOpenStage(targetStage)) {
    throw new BoardRuleError('INVALID_TRANSITION', 'A reopened deal goes back to Backlog, To do or In progress.');
  }
  return { stage: targetStage, outcome: null, closedAmountMinor: null, closedAt: null };
}

function isOpenStage(stage: string): stage is TOpenDealStage {
  return (openDealStages as readonly string[]).includes(stage);
}
