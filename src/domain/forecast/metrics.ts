// Accuracy of predictions against what happened, for the backtest.

export type Scored = { point: number; actual: number; p10?: number; p50?: number; p90?: number };

export type AccuracyMetrics = {
  count: number;
  /** Mean absolute percentage error, over months with revenue. */
  mape: number | null;
  /** Weighted absolute percentage error: total absolute error over total actual. */
  wape: number | null;
  /** Total (prediction - actual) over total actual; positive means too high. */
  bias: number | null;
  /** Share of actuals inside the P10–P90 band (simulation only). */
  coverage: number | null;
  /** Mean pinball loss over the 10th, 50th and 90th percentiles (a point forecast stands for all three). */
  pinball: number | null;
};

export function pinballLoss(quantile: number, predicted: number, actual: number): number {
  return actual >= predicted ? quantile * (actual - predicted) : (1 - quantile) * (predicted - actual);
}

export function scoreAccuracy(items: readonly Scored[]): AccuracyMetrics {
  if (items.length === 0) return { count: 0, mape: null, wape: null, bias: null, coverage: null, pinball: null };
  const withRevenue = items.filter((item) => item.actual > 0);
  const totalActual = items.reduce((sum, item) => sum + item.actual, 0);
  const totalAbsolute = items.reduce((sum, item) => sum + Math.abs(item.point - item.actual), 0);
  const totalSigned = items.reduce((sum, item) => sum + (item.point - item.actual), 0);
  const banded = items.filter((item) => item.p10 !== undefined && item.p90 !== undefined);
  const pinball =
    items.reduce((sum, item) => {
      const p10 = item.p10 ?? item.point;
      const p50 = item.p50 ?? item.point;
      const p90 = item.p90 ?? item.point;
      return sum + (pinballLoss(0.1, p10, item.actual) + pinballLoss(0.5, p50, item.actual) + pinballLoss(0.9, p90, item.actual)) / 3;
    }, 0) / items.length;
  return {
    count: items.length,
    mape: withRevenue.length > 0 ? withRevenue.reduce((sum, item) => sum + Math.abs(item.point - item.actual) / item.actual, 0) / withRevenue.length : null,
    wape: totalActual > 0 ? totalAbsolute / totalActual : null,
    bias: totalActual > 0 ? totalSigned / totalActual : null,
    coverage: banded.length > 0 ? banded.filter((item) => (item.p10 as number) <= item.actual && item.actual <= (item.p90 as number)).length / banded.length : null,
    pinball,
  };
}
