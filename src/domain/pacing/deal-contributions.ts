import type { TDealOutcome, TDealStage, TOpenDealStage } from '@/schemas/deal';
import { PacingError } from './pacing-error';

// What one deal adds to a month: its closed-won revenue when it was won inside the month,
// or its weighted amount when it is still open and expected to close in the month.

export type PacingDeal = {
  id: string;
  ownerId: string;
  teamId: string;
  officeId: string;
  stage: TDealStage;
  outcome: TDealOutcome | null;
  /** Minor units of `currency`. */
  amountMinor: number;
  /** The amount actually won, when it differed from `amountMinor`. */
  closedAmountMinor: number | null;
  closedAt: Date | null;
  /** A local date in the office's calendar, YYYY-MM-DD. */
  expectedCloseDate: string | null;
  currency: string;
};

/** Per mille (0 to 1000) of an open deal's amount that the projection counts, by stage. */
export type StageWeights = Readonly<Record<TOpenDealStage, number>>;

export const defaultStageWeights: StageWeights = { BACKLOG: 0, TODO: 300, IN_PROGRESS: 800 };

/** A won deal as the burn-down needs it: when, and how much. */
export type ClosedWonEntry = { closedAt: Date; amountMinor: number };

export function isClosedWon(deal: PacingDeal): deal is PacingDeal & { closedAt: Date } {
  return deal.outcome === 'WON' && deal.closedAt !== null;
}

/** The revenue a won deal brings: what was actually closed, else its amount. */
export function closedWonAmountMinor(deal: PacingDeal): number {
  return deal.closedAmountMinor ?? deal.amountMinor;
}

/** Won within [start, end), e.g. a month's range in the office's zone. */
export function isClosedWonWithin(deal: PacingDeal, range: { start: Date; end: Date }): boolean {
  if (!isClosedWon(deal)) return false;
  const time = deal.closedAt.getTime();
  return time >= range.start.getTime() && time < range.end.getTime();
}

/** The won deals among `deals`, as burn-down entries. */
export function closedWonEntries(deals: readonly PacingDeal[]): ClosedWonEntry[] {
  return deals.filter(isClosedWon).map((deal) => ({ closedAt: deal.closedAt, amountMinor: closedWonAmountMinor(deal) }));
}

/** Still open (not completed, no outcome) and expected to close in the month "YYYY-MM". */
export function isOpenAndExpectedIn(deal: PacingDeal, monthKey: string): boolean {
  return deal.stage !== 'COMPLETED' && deal.outcome === null && (deal.expectedCloseDate ?? '').startsWith(`${monthKey}-`);
}

/**
 * An open deal's amount times its stage weight, rounded to a whole minor unit per deal
 * (half up), so that every scope's projection is a sum of whole amounts and roll-ups
 * add up exactly. A completed deal weighs 0.
 */
export function weightedOpenAmountMinor(deal: PacingDeal, weights: StageWeights): number {
  if (deal.stage === 'COMPLETED') return 0;
  return Math.round((deal.amountMinor * weights[deal.stage]) / 1000);
}

/** Throws INVALID_INPUT unless every weight is a whole number from 0 to 1000. */
export function checkStageWeights(weights: StageWeights, owner: string): StageWeights {
  for (const [stage, weight] of Object.entries(weights)) {
    if (!Number.isInteger(weight) || weight < 0 || weight > 1000) {
      throw new PacingError(
        'INVALID_INPUT',
        `The ${stage} weight of ${owner} must be a whole number from 0 to 1000 per mille (got ${weight}).`,
      );
    }
  }
  return weights;
}
