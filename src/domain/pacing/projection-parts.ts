import type { TOpenDealStage } from '@/schemas/deal';
import { defaultStageWeights, isOpenAndExpectedIn, weightedOpenAmountMinor, type PacingDeal, type StageWeights } from './deal-contributions';

// What a wall bar's projection is made of: the revenue won so far plus, column by
// column, the open deals expected to close this month, each counted at its team's weight
// for that column. The wall shows only the total (projectedMinor); this explains it when
// someone asks (a team 3% won can project more than one 11% won, when its open deals sit
// further along).

export type ProjectionColumn = {
  stage: TOpenDealStage;
  /** Open deals in the column expected to close this month. */
  count: number;
  /** Their amounts, in the scope's currency. */
  openMinor: number;
  /** What the projection counts of them (amount × the column's weight), in the scope's currency. */
  weightedMinor: number;
  /** The column's weight in per mille, when every team involved uses the same one; null when they differ. */
  weightPerMille: number | null;
};

const openStages: readonly TOpenDealStage[] = ['BACKLOG', 'TODO', 'IN_PROGRESS'];

/**
 * The open part of a projection by column, for the deals of one scope. Each deal is
 * weighted (and rounded) as the wall does it; `convert` turns a deal's weighted and open
 * amounts into the scope's currency (identity for one office).
 */
export function projectionColumns(options: {
  deals: readonly PacingDeal[];
  monthKey: string;
  weightsOfTeam: (teamId: string) => StageWeights | undefined;
  convert: (amountMinor: number, deal: PacingDeal) => number;
}): ProjectionColumn[] {
  const columns = new Map<TOpenDealStage, ProjectionColumn & { weights: Set<number> }>(
    openStages.map((stage) => [stage, { stage, count: 0, openMinor: 0, weightedMinor: 0, weightPerMille: null, weights: new Set<number>() }]),
  );
  for (const deal of options.deals) {
    if (!isOpenAndExpectedIn(deal, options.monthKey) || deal.stage === 'COMPLETED') continue;
    const weights = options.weightsOfTeam(deal.teamId) ?? defaultStageWeights;
    const column = columns.get(deal.stage)!;
    column.count += 1;
    column.openMinor += options.convert(deal.amountMinor, deal);
    column.weightedMinor += options.convert(weightedOpenAmountMinor(deal, weights), deal);
    column.weights.add(weights[deal.stage]);
  }
  return openStages.map((stage) => {
    const { weights, ...column } = columns.get(stage)!;
    return { ...column, weightPerMille: weights.size === 1 ? [...weights][0]! : null };
  });
}
