import { currentSnapshot } from './history-at';
import { addMonths, DAY_MS, daysBetween, monthStartOf } from './months';
import type { ForecastDeal, ForecastStage } from './types';

// The open pipeline: each open deal's chance of being won in each month ahead. Learned
// directly from the past: at each month start of the last two years, every deal then
// open is put in a bucket by its column and how long it had been in that column, and
// we count how many in each bucket were won in the following month windows (windows
// that reach past the as-of instant are not counted — they are censored, not losses).
// Buckets borrow from their column and the column from all deals (shrinkage), so a
// stale deal is less likely than a fresh one wherever the history says so. Larger deals
// win at their own rate, and a future expected close date pulls half of the chance into
// its month.

export type PipelineDeal = { dealId: string; ownerId: string; teamId: string; stage: ForecastStage; ageDays: number; amount: number; chanceByMonth: number[] };

type Converter = { toReporting(amountMinor: number, currency: string, month: Date): number };

const OPEN_STAGES: ForecastStage[] = ['BACKLOG', 'TODO', 'IN_PROGRESS'];
/** Upper bounds (days) of the age-in-column buckets; the last is open-ended. */
export const AGE_BUCKETS = [14, 45, 120, Number.POSITIVE_INFINITY];
const LOOKBACK_MONTHS = 24;
const BUCKET_STRENGTH = 20;

export function ageBucketOf(ageDays: number): number {
  return AGE_BUCKETS.findIndex((limit) => ageDays < limit);
}

/** The column visits of a deal up to (not including) `before`: column and when it was entered. */
export function stageVisits(deal: ForecastDeal, before = Number.POSITIVE_INFINITY): Array<{ stage: ForecastStage; enteredAt: Date; amountMinor: number }> {
  const visits: Array<{ stage: ForecastStage; enteredAt: Date; amountMinor: number }> = [];
  for (const snapshot of deal.timeline) {
    if (snapshot.at.getTime() >= before && visits.length > 0) break;
    const stage = snapshot.stage === 'COMPLETED' ? 'IN_PROGRESS' : snapshot.stage;
    const last = visits[visits.length - 1];
    if (last && last.stage === stage) {
      last.amountMinor = snapshot.amountMinor;
      continue;
    }
    visits.push({ stage, enteredAt: snapshot.at, amountMinor: snapshot.amountMinor });
  }
  return visits;
}

export type PipelineFit = { deals: PipelineDeal[]; amountFactors: { small: number; large: number } };

/** The open pipeline from deals held in memory (the backtest's and the tests' path). */
export function fitPipeline(options: { deals: readonly ForecastDeal[]; asOf: Date; monthStarts: readonly Date[]; convert: Converter }): PipelineFit {
  const fold = createPipelineFold(options);
  for (const deal of options.deals) fold.add(deal);
  return fold.finish();
}

type OpenDeal = { dealId: string; currency: string; snapshot: ReturnType<typeof currentSnapshot>; stage: ForecastStage; enteredAt: Date };

/**
 * The same fit, one deal at a time (deals as known at `asOf`, in a fixed order): only the
 * bucket counts, the sizes seen at past month starts and the deals open now are kept, so
 * the whole history never has to be in memory at once.
 */
export function createPipelineFold(options: { asOf: Date; monthStarts: readonly Date[]; convert: Converter }): { add(deal: ForecastDeal): void; finish(): PipelineFit } {
  const { asOf, monthStarts, convert } = options;
  const horizon = monthStarts.length - 1;
  const asOfTime = asOf.getTime();
  const windows = Array.from({ length: horizon }, (_, month) => {
    const from = month === 0 ? 0 : ((monthStarts[month] as Date).getTime() - asOfTime) / DAY_MS;
    const to = ((monthStarts[month + 1] as Date).getTime() - asOfTime) / DAY_MS;
    return [from, to] as const;
  });
  const snapshotTimes: Date[] = [];
  for (let snapshotTime = addMonths(monthStartOf(asOf), -LOOKBACK_MONTHS); snapshotTime.getTime() < asOfTime; snapshotTime = addMonths(snapshotTime, 1)) snapshotTimes.push(snapshotTime);

  // Counts per (column, age bucket) and month window: deals seen open, and those won in the window.
  const bucketCount = OPEN_STAGES.length * AGE_BUCKETS.length;
  const seen = new Float64Array(bucketCount * horizon);
  const won = new Float64Array(bucketCount * horizon);
  const sizes: Array<{ amount: number; wins: number; windows: number }> = [];
  const openDeals: OpenDeal[] = [];

  function add(deal: ForecastDeal): void {
    for (const snapshotTime of snapshotTimes) {
      const time = snapshotTime.getTime();
      if (deal.createdAt.getTime() >= time || (deal.closedAt && deal.closedAt.getTime() < time)) continue;
      const visits = stageVisits(deal, time);
      const visit = visits[visits.length - 1] as { stage: ForecastStage; enteredAt: Date; amountMinor: number };
      const bucket = OPEN_STAGES.indexOf(visit.stage) * AGE_BUCKETS.length + ageBucketOf(daysBetween(visit.enteredAt, snapshotTime));
      const wonAt = deal.outcome === 'WON' && deal.closedAt ? deal.closedAt.getTime() : Number.NaN;
      let wins = 0;
      let observed = 0;
      windows.forEach(([from, to], month) => {
        if (time + to * DAY_MS > asOfTime) return;
        observed += 1;
        seen[bucket * horizon + month] = (seen[bucket * horizon + month] as number) + 1;
        if (wonAt >= time + from * DAY_MS && wonAt < time + to * DAY_MS) {
          wins += 1;
          won[bucket * horizon + month] = (won[bucket * horizon + month] as number) + 1;
        }
      });
      if (observed > 0) sizes.push({ amount: convert.toReporting(visit.amountMinor, deal.currency, snapshotTime), wins, windows: observed });
    }
    if (deal.outcome || deal.closedAt) return;
    const visits = stageVisits(deal);
    const visit = visits[visits.length - 1] as { stage: ForecastStage; enteredAt: Date };
    openDeals.push({ dealId: deal.id, currency: deal.currency, snapshot: currentSnapshot(deal), stage: visit.stage, enteredAt: visit.enteredAt });
  }

  function finish(): PipelineFit {
    // Pool: all deals per window, then each column, then each bucket; a window never observed
    // (history shorter than the horizon) takes half the previous window's chance.
    const chance = new Float64Array(bucketCount * horizon);
    let previousAll = 0;
    for (let month = 0; month < horizon; month += 1) {
      let seenAll = 0;
      let wonAll = 0;
      for (let bucket = 0; bucket < bucketCount; bucket += 1) {
        seenAll += seen[bucket * horizon + month] as number;
        wonAll += won[bucket * horizon + month] as number;
      }
      const overall = seenAll > 0 ? wonAll / seenAll : previousAll / 2;
      previousAll = overall;
      for (let stage = 0; stage < OPEN_STAGES.length; stage += 1) {
        let seenStage = 0;
        let wonStage = 0;
        for (let age = 0; age < AGE_BUCKETS.length; age += 1) {
          seenStage += seen[(stage * AGE_BUCKETS.length + age) * horizon + month] as number;
          wonStage += won[(stage * AGE_BUCKETS.length + age) * horizon + month] as number;
        }
        const stageChance = (wonStage + BUCKET_STRENGTH * overall) / (seenStage + BUCKET_STRENGTH);
        for (let age = 0; age < AGE_BUCKETS.length; age += 1) {
          const slot = (stage * AGE_BUCKETS.length + age) * horizon + month;
          chance[slot] = ((won[slot] as number) + BUCKET_STRENGTH * stageChance) / ((seen[slot] as number) + BUCKET_STRENGTH);
        }
      }
    }

    // Large against small deals, each shrunk towards the overall rate.
    const sortedAmounts = sizes.map((size) => size.amount).sort((a, b) => a - b);
    const median = sortedAmounts[Math.floor(sortedAmounts.length / 2)] ?? 0;
    const rateOf = (group: typeof sizes) => group.reduce((sum, size) => sum + size.wins, 0) / Math.max(1, group.reduce((sum, size) => sum + size.windows, 0));
    const overallRate = rateOf(sizes);
    const factorFor = (isLarge: boolean) => {
      const group = sizes.filter((size) => size.amount >= median === isLarge);
      const windowsSeen = group.reduce((sum, size) => sum + size.windows, 0);
      const wins = group.reduce((sum, size) => sum + size.wins, 0);
      return overallRate > 0 ? (wins + 200 * overallRate) / (windowsSeen + 200) / overallRate : 1;
    };
    const amountFactors = { small: factorFor(false), large: factorFor(true) };

    const horizonEnd = (monthStarts[horizon] as Date).getTime();
    const result: PipelineDeal[] = [];
    for (const open of openDeals) {
      const snapshot = open.snapshot;
      const ageDays = Math.max(0, daysBetween(open.enteredAt, asOf));
      const amount = convert.toReporting(snapshot.amountMinor, open.currency, asOf);
      const bucket = OPEN_STAGES.indexOf(open.stage) * AGE_BUCKETS.length + ageBucketOf(ageDays);
      let chances = Array.from({ length: horizon }, (_, month) => chance[bucket * horizon + month] as number);
      const factor = amount >= median ? amountFactors.large : amountFactors.small;
      chances = chances.map((chance) => chance * factor);
      const expected = snapshot.expectedCloseDate;
      if (expected && expected.getTime() >= (monthStarts[0] as Date).getTime()) {
        const total = chances.reduce((sum, chance) => sum + chance, 0);
        if (expected.getTime() < horizonEnd) {
          const target = monthStarts.findIndex((start, index) => index < horizon && monthStartOf(expected).getTime() === start.getTime());
          chances = chances.map((chance, index) => 0.5 * chance + (index === target ? 0.5 * total : 0));
        } else {
          chances = chances.map((chance) => 0.5 * chance);
        }
      }
      const total = chances.reduce((sum, chance) => sum + chance, 0);
      if (total > 1) chances = chances.map((chance) => chance / total);
      result.push({ dealId: open.dealId, ownerId: snapshot.ownerId, teamId: snapshot.teamId, stage: open.stage, ageDays, amount, chanceByMonth: chances });
    }
    return { deals: result, amountFactors };
  }

  return { add, finish };
}
