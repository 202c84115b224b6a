import { describe, expect, it } from 'vitest';
import { riskSignals, type RiskContext, type RiskInput } from './risk-signals';

const now = new Date('2026-11-20T15:00:00Z');
const base: RiskInput = {
  stage: 'IN_PROGRESS',
  expectedCloseDate: '2026-11-30',
  stageChangedAt: new Date('2026-11-18T10:00:00Z'),
  lastActivityAt: null,
  nextStepDueOn: '2026-11-25',
  contacts: [],
};
const context: RiskContext = {
  pushes: { pushCount: 0, pushedDays: 0, isSlipping: false },
  thresholds: { staleAfterDays: 14, byStage: { IN_PROGRESS: 5 } },
  now,
  timeZone: 'America/New_York',
};

describe('riskSignals', () => {
  it('finds nothing on a healthy deal', () => {
    expect(riskSignals(base, context)).toEqual([]);
  });

  it('names every signal that applies, with why', () => {
    const signals = riskSignals(
      {
        ...base,
        expectedCloseDate: '2026-11-19',
        stageChangedAt: new Date('2026-11-10T10:00:00Z'),
        nextStepDueOn: '2026-11-19',
        contacts: [{ id: 'c', name: 'Dana', role: 'VP', isChampion: true, hasLeft: true }],
      },
      { ...context, pushes: { pushCount: 2, pushedDays: 30, isSlipping: true } },
    );
    expect(signals.map((signal) => signal.kind)).toEqual(['pushed', 'stale', 'champion-gone', 'next-step-overdue', 'close-date-past']);
    expect(signals[0]!.why).toBe('Close date moved later 2 times, 30 days in all.');
    expect(signals[1]!.why).toBe('No move or activity for 10 days; this column flags after 5.');
    expect(signals[2]!.why).toMatch(/Dana has gone/);
  });

  it('an activity resets the stale clock', () => {
    const idle = { ...base, stageChangedAt: new Date('2026-11-01T10:00:00Z') };
    expect(riskSignals(idle, context).map((signal) => signal.kind)).toEqual(['stale']);
    expect(riskSignals({ ...idle, lastActivityAt: new Date('2026-11-20T09:00:00Z') }, context)).toEqual([]);
  });

  it('uses the team default for a column without its own threshold', () => {
    const todo = { ...base, stage: 'TODO' as const, stageChangedAt: new Date('2026-11-10T10:00:00Z') };
    expect(riskSignals(todo, context)).toEqual([]);
    expect(riskSignals({ ...todo, stageChangedAt: new Date('2026-11-06T10:00:00Z') }, context).map((signal) => signal.kind)).toEqual(['stale']);
  });

  it('has no signals for a closed or deleted deal', () => {
    const bad = { ...base, expectedCloseDate: '2026-01-01' };
    expect(riskSignals({ ...bad, stage: 'COMPLETED' }, context)).toEqual([]);
    expect(riskSignals({ ...bad, deletedAt: now }, context)).toEqual([]);
  });

  it('judges "past" by the office calendar day', () => {
    // 02:00 UTC on the 21st is still the 20th in New York: a deal due the 20th is not past.
    const lateEvening = new Date('2026-11-21T02:00:00Z');
    const dueToday = { ...base, expectedCloseDate: '2026-11-20' };
    expect(riskSignals(dueToday, { ...context, now: lateEvening })).toEqual([]);
    expect(riskSignals(dueToday, { ...context, now: lateEvening, timeZone: 'UTC' }).map((signal) => signal.kind)).toEqual(['close-date-past']);
  });
});
