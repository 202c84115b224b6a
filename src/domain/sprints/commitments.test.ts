import { describe, expect, it } from 'vitest';
import { commitmentStatus, commitmentsMetPercent, fulfils, type DealState } from './commitments';

const window = { startsAt: new Date('2026-11-09T05:00:00Z'), endsAt: new Date('2026-11-16T05:00:00Z') };
const state = (stage: DealState['stage'], at: string, outcome: DealState['outcome'] = null, deleted = false): DealState => ({
  stage,
  outcome,
  deleted,
  at: new Date(at),
});

describe('fulfils', () => {
  it('counts a later column or a win as moving a deal on, never a loss or a deletion', () => {
    expect(fulfils('ADVANCE', 'TODO', state('IN_PROGRESS', '2026-11-10T00:00:00Z'))).toBe(true);
    expect(fulfils('ADVANCE', 'TODO', state('TODO', '2026-11-10T00:00:00Z'))).toBe(false);
    expect(fulfils('ADVANCE', 'IN_PROGRESS', state('TODO', '2026-11-10T00:00:00Z'))).toBe(false);
    expect(fulfils('ADVANCE', 'TODO', state('COMPLETED', '2026-11-10T00:00:00Z', 'WON'))).toBe(true);
    expect(fulfils('ADVANCE', 'TODO', state('COMPLETED', '2026-11-10T00:00:00Z', 'LOST'))).toBe(false);
    expect(fulfils('ADVANCE', 'TODO', state('IN_PROGRESS', '2026-11-10T00:00:00Z', null, true))).toBe(false);
  });

  it('counts only a win as closing', () => {
    expect(fulfils('CLOSE', 'TODO', state('IN_PROGRESS', '2026-11-10T00:00:00Z'))).toBe(false);
    expect(fulfils('CLOSE', 'IN_PROGRESS', state('COMPLETED', '2026-11-10T00:00:00Z', 'WON'))).toBe(true);
    expect(fulfils('CLOSE', 'IN_PROGRESS', state('COMPLETED', '2026-11-10T00:00:00Z', 'LOST'))).toBe(false);
  });
});

describe('commitmentStatus', () => {
  const base = { goal: 'CLOSE' as const, fromStage: 'IN_PROGRESS' as const, window };

  it('is met by a win inside the window', () => {
    const states = [state('COMPLETED', '2026-11-12T15:00:00Z', 'WON')];
    expect(commitmentStatus({ ...base, states, now: new Date('2026-11-12T16:00:00Z') })).toBe('met');
  });

  it('is open while the sprint runs, and missed after it ends', () => {
    const states = [state('IN_PROGRESS', '2026-11-10T15:00:00Z')];
    expect(commitmentStatus({ ...base, states, now: new Date('2026-11-15T12:00:00Z') })).toBe('open');
    expect(commitmentStatus({ ...base, states, now: window.endsAt })).toBe('missed');
  });

  it('does not count a win before or after the window', () => {
    const early = [state('COMPLETED', '2026-11-09T04:59:59Z', 'WON')];
    const late = [state('COMPLETED', '2026-11-16T05:00:00Z', 'WON')];
    const now = new Date('2026-11-20T00:00:00Z');
    expect(commitmentStatus({ ...base, states: early, now })).toBe('missed');
    expect(commitmentStatus({ ...base, states: late, now })).toBe('missed');
  });

  it('stays met when the deal is reopened later in the sprint', () => {
    const states = [state('COMPLETED', '2026-11-10T15:00:00Z', 'WON'), state('IN_PROGRESS', '2026-11-11T15:00:00Z')];
    expect(commitmentStatus({ ...base, states, now: new Date('2026-11-20T00:00:00Z') })).toBe('met');
  });
});

describe('commitmentsMetPercent', () => {
  it('leaves open commitments out', () => {
    expect(commitmentsMetPercent(['met', 'missed', 'open', 'met'])).toBeCloseTo(66.667, 2);
    expect(commitmentsMetPercent(['open'])).toBeNull();
    expect(commitmentsMetPercent([])).toBeNull();
  });
});
