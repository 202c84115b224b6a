import { describe, expect, it } from 'vitest';
import { defaultStageWeights, weightedOpenAmountMinor, type PacingDeal } from './deal-contributions';
import { scopeProgress } from './scope-progress';
import { buildPacingDeal } from './pacing-deal-fixture';

describe('scopeProgress', () => {
  it('compares what is won with what should be won by now', () => {
    const progress = scopeProgress({ goalMinor: 10_000_000, closedWonMinor: 4_000_000, weightedOpenMinor: 0, pace: 0.5 });
    expect(progress).toMatchObject({
      remainingMinor: 6_000_000,
      percentOfGoal: 40,
      expectedPercent: 50,
      expectedMinor: 5_000_000,
      aheadBy: -10,
      status: 'behind',
    });
  });

  it('is ahead exactly on pace, despite floating-point noise', () => {
    // 10 of 21 working days and 10/21 of the goal won.
    const onPace = scopeProgress({ goalMinor: 2_100_000, closedWonMinor: 1_000_000, weightedOpenMinor: 0, pace: 10 / 21 });
    expect(onPace.status).toBe('ahead');
    const oneCentShort = scopeProgress({ goalMinor: 2_100_000, closedWonMinor: 999_999, weightedOpenMinor: 0, pace: 10 / 21 });
    expect(oneCentShort.status).toBe('behind');
  });

  it('never has a negative remainder once the goal is beaten', () => {
    const progress = scopeProgress({ goalMinor: 1_000_000, closedWonMinor: 1_250_000, weightedOpenMinor: 0, pace: 0.9 });
    expect(progress.remainingMinor).toBe(0);
    expect(progress.percentOfGoal).toBe(125);
    expect(progress.status).toBe('ahead');
  });

  it('has no percentages and is ahead when the goal is 0', () => {
    const progress = scopeProgress({ goalMinor: 0, closedWonMinor: 50_000, weightedOpenMinor: 10_000, pace: 0.7 });
    expect(progress).toMatchObject({
      percentOfGoal: null,
      aheadBy: null,
      projectedPercent: null,
      status: 'ahead',
      remainingMinor: 0,
      projectedMinor: 60_000,
      expectedPercent: 70,
    });
  });

  it('projects the month end from closed-won plus open deals weighted by stage', () => {
    const open = (stage: PacingDeal['stage'], amountMinor: number) => buildPacingDeal({ id: stage, stage, amountMinor, expectedCloseDate: '2026-11-25' });
    const weightedOpenMinor = [open('IN_PROGRESS', 2_000_000), open('TODO', 1_000_000), open('BACKLOG', 5_000_000)]
      .map((deal) => weightedOpenAmountMinor(deal, defaultStageWeights))
      .reduce((sum, amount) => sum + amount, 0);
    const progress = scopeProgress({ goalMinor: 10_000_000, closedWonMinor: 6_000_000, weightedOpenMinor, pace: 0.6 });
    // 6,000,000 + 0.8 × 2,000,000 + 0.3 × 1,000,000 + 0 × 5,000,000
    expect(progress.weightedOpenMinor).toBe(1_900_000);
    expect(progress.projectedMinor).toBe(7_900_000);
    expect(progress.projectedPercent).toBe(79);
  });
});
