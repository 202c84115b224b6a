import { describe, expect, it } from 'vitest';
import { pinballLoss, scoreAccuracy } from './metrics';

describe('accuracy metrics', () => {
  it('computes MAPE, WAPE, bias, coverage and pinball loss', () => {
    const metrics = scoreAccuracy([
      { point: 110, actual: 100, p10: 90, p50: 110, p90: 130 },
      { point: 90, actual: 100, p10: 95, p50: 90, p90: 99 },
    ]);
    expect(metrics.count).toBe(2);
    expect(metrics.mape).toBeCloseTo(0.1, 10);
    expect(metrics.wape).toBeCloseTo(0.1, 10);
    expect(metrics.bias).toBeCloseTo(0, 10);
    expect(metrics.coverage).toBe(0.5);
    expect(metrics.pinball).toBeGreaterThan(0);
  });

  it('penalises each side of a quantile by its weight', () => {
    expect(pinballLoss(0.9, 80, 100)).toBeCloseTo(18, 10);
    expect(pinballLoss(0.9, 120, 100)).toBeCloseTo(2, 10);
  });

  it('has no figures for nothing', () => {
    expect(scoreAccuracy([]).mape).toBeNull();
  });
});
