import { dealStages, type TDealCard, type TDealStage } from '@/schemas/deal';
import { defaultStageWeights, type StageWeights } from '@/domain/pacing/deal-contributions';
import { countedAmountMinor, type CurrencyAmount } from './board-view';

// Column headers show a count, a total and a weighted total (each open deal's amount
// times its team's stage weight; a won deal counts whole). Lane totals keep the open
// pipeline and the won revenue apart: a deal closed for less than it was worth moves
// money from one to the other, which must not read as a loss.

export type ColumnTotals = { count: number; amounts: CurrencyAmount[]; weighted: CurrencyAmount[] };
export type LaneSplitTotals = { count: number; open: CurrencyAmount[]; won: CurrencyAmount[] };

type WeightsOf = (teamId: string) => StageWeights | undefined;

/** What a card adds to its column's weighted total, in minor units. */
export function weightedCardAmountMinor(card: TDealCard, weights: StageWeights = defaultStageWeights): number {
  if (card.stage === 'COMPLETED') return countedAmountMinor(card);
  return Math.round((card.amountMinor * weights[card.stage]) / 1000);
}

class CurrencySums {
  private readonly sums = new Map<string, number>();
  add(currency: string, amountMinor: number): void {
    this.sums.set(currency, (this.sums.get(currency) ?? 0) + amountMinor);
  }
  list(): CurrencyAmount[] {
    return [...this.sums.entries()]
      .map(([currency, amountMinor]) => ({ currency, amountMinor }))
      .sort((first, second) => (first.currency < second.currency ? -1 : first.currency > second.currency ? 1 : 0));
  }
}

/** Count, total and weighted total of every column (empty ones too). */
export function weightedColumnTotals(cards: readonly TDealCard[], weightsOf: WeightsOf = () => undefined): Record<TDealStage, ColumnTotals> {
  const sums = new Map<TDealStage, { count: number; amounts: CurrencySums; weighted: CurrencySums }>();
  for (const stage of dealStages) sums.set(stage, { count: 0, amounts: new CurrencySums(), weighted: new CurrencySums() });
  for (const card of cards) {
    const column = sums.get(card.stage)!;
    column.count += 1;
    column.amounts.add(card.currency, countedAmountMinor(card));
    column.weighted.add(card.currency, weightedCardAmountMinor(card, weightsOf(card.teamId)));
  }
  const totals = {} as Record<TDealStage, ColumnTotals>;
  for (const [stage, column] of sums) totals[stage] = { count: column.count, amounts: column.amounts.list(), weighted: column.weighted.list() };
  return totals;
}

/** Per lane (owner): open pipeline and won revenue, never added together. */
export function splitLaneTotals(cards: readonly TDealCard[]): Map<string, LaneSplitTotals> {
  const lanes = new Map<string, { count: number; open: CurrencySums; won: CurrencySums }>();
  for (const card of cards) {
    let lane = lanes.get(card.ownerId);
    if (!lane) lanes.set(card.ownerId, (lane = { count: 0, open: new CurrencySums(), won: new CurrencySums() }));
    lane.count += 1;
    if (card.stage !== 'COMPLETED') lane.open.add(card.currency, card.amountMinor);
    else if (card.outcome === 'WON') lane.won.add(card.currency, countedAmountMinor(card));
  }
  const totals = new Map<string, LaneSplitTotals>();
  for (const [ownerId, lane] of lanes) totals.set(ownerId, { count: lane.count, open: lane.open.list(), won: lane.won.list() });
  return totals;
}
