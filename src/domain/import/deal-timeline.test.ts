import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continueDealTimeline, buildDealTimeline, changeType, changedFields } from './deal-timeline';

const at = (text: string) => new Date(text);

describe('buildDealTimeline', () => {
  it('turns a stage history and a close into created, moved and closed steps in time order', () => {
    const steps = buildDealTimeline({
      createdAt: at('2026-08-03T14:00:00Z'),
      final: { stage: 'COMPLETED', outcome: 'WON', amountMinor: 1_200_000, closedAt: at('2026-10-01T16:00:00Z') },
      history: [
        { at: at('2026-09-10T10:00:00Z'), stage: 'IN_PROGRESS', amountMinor: 1_200_000, line: 3 },
        { at: at('2026-08-03T14:00:00Z'), stage: 'BACKLOG', amountMinor: 1_000_000, line: 2 },
        { at: at('2026-08-20T10:00:00Z'), stage: 'BACKLOG', amountMinor: 1_100_000, line: 4 },
        { at: at('2026-10-01T16:00:00Z'), stage: 'COMPLETED', amountMinor: 1_200_000, line: 5 },
      ],
    });
    expect(steps.map((step) => [step.type, step.at.toISOString(), step.stage, step.amountMinor])).toEqual([
      ['CREATED', '2026-08-03T14:00:00.000Z', 'BACKLOG', 1_000_000],
      ['UPDATED', '2026-08-20T10:00:00.000Z', 'BACKLOG', 1_100_000],
      ['MOVED', '2026-09-10T10:00:00.000Z', 'IN_PROGRESS', 1_200_000],
      ['CLOSED', '2026-10-01T16:00:00.000Z', 'COMPLETED', 1_200_000],
    ]);
    expect(steps[3]).toMatchObject({ outcome: 'WON', closedAmountMinor: 1_200_000, stageChangedAt: at('2026-10-01T16:00:00Z') });
  });

  it('without history, a deal is created in its column (or closed from Backlog)', () => {
    expect(buildDealTimeline({ createdAt: at('2026-01-01T00:00:00Z'), final: { stage: 'TODO', outcome: null, amountMinor: 5, closedAt: null }, history: [] }).map((step) => step.type)).toEqual(['CREATED']);
    const lost = buildDealTimeline({ createdAt: at('2026-01-01T00:00:00Z'), final: { stage: 'COMPLETED', outcome: 'LOST', amountMinor: 5, closedAt: at('2026-02-01T00:00:00Z') }, history: [] });
    expect(lost.map((step) => [step.type, step.stage, step.closedAmountMinor])).toEqual([['CREATED', 'BACKLOG', null], ['CLOSED', 'COMPLETED', null]]);
  });

  it('never goes back in time and always ends in the final state (property)', () => {
    const stage = fc.constantFrom('BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED' as const);
    const instant = fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(
        instant,
        fc.array(fc.record({ at: instant, stage: fc.option(stage, { nil: null }), amountMinor: fc.option(fc.nat(1e9), { nil: null }), line: fc.nat(1000) }), { maxLength: 12 }),
        fc.record({ stage, outcome: fc.constantFrom('WON' as const, 'LOST' as const, null), amountMinor: fc.nat(1e9), closedAt: fc.option(instant, { nil: null }) }),
        (createdAt, history, final) => {
          const normalised = final.outcome ? { ...final, stage: 'COMPLETED' as const } : { ...final, stage: final.stage === 'COMPLETED' ? ('TODO' as const) : final.stage, closedAt: null };
          const steps = buildDealTimeline({ createdAt, final: normalised, history });
          for (let index = 1; index < steps.length; index += 1) expect(steps[index]!.at.getTime()).toBeGreaterThanOrEqual(steps[index - 1]!.at.getTime());
          const last = steps[steps.length - 1]!;
          expect([last.stage, last.outcome, last.amountMinor]).toEqual([normalised.stage, normalised.outcome, normalised.amountMinor]);
          expect(steps.filter((step) => step.type === 'CREATED')).toHaveLength(1);
        },
      ),
    );
  });
});

describe('changes to an existing deal', () => {
  const current = { title: 'A', account: 'B', currency: 'USD', expectedCloseDate: null, ownerId: 'u1', stage: 'TODO' as const, outcome: null, amountMinor: 100, closedAmountMinor: null, closedAt: null, deletedAt: null };
  it('finds nothing to change when the export agrees, and names the fields that differ', () => {
    const { deletedAt: _deletedAt, ...desired } = current;
    expect(changedFields(current, desired)).toEqual([]);
    expect(changedFields(current, { ...desired, amountMinor: 200, ownerId: 'u2' })).toEqual(['ownerId', 'amountMinor']);
  });
  it('names the change by what moved', () => {
    expect(changeType(current, { ...current, stage: 'COMPLETED', outcome: 'WON' }, false)).toBe('CLOSED');
    expect(changeType({ ...current, stage: 'COMPLETED', outcome: 'LOST' }, current, false)).toBe('REOPENED');
    expect(changeType(current, { ...current, stage: 'IN_PROGRESS' }, true)).toBe('MOVED');
    expect(changeType(current, current, true)).toBe('REASSIGNED');
  });
});

describe('continueDealTimeline', () => {
  const current = { stage: 'TODO' as const, outcome: null, amountMinor: 100_000, closedAmountMinor: null, closedAt: null, stageChangedAt: at('2026-09-01T10:00:00Z'), at: at('2026-11-02T09:00:00Z') };
  const history = [
    { at: at('2026-09-01T10:00:00Z'), stage: 'TODO' as const, amountMinor: 100_000, line: 2 },
    { at: at('2026-11-20T10:00:00Z'), stage: 'IN_PROGRESS' as const, amountMinor: 150_000, line: 4 },
    { at: at('2026-11-10T10:00:00Z'), stage: 'TODO' as const, amountMinor: 150_000, line: 3 },
    { at: at('2026-12-20T10:00:00Z'), stage: 'BACKLOG' as const, amountMinor: 150_000, line: 5 },
  ];

  it('adds only the changes after what was imported, oldest first, up to now', () => {
    const steps = continueDealTimeline(current, history, { after: at('2026-09-01T10:00:00Z'), until: at('2026-12-02T12:00:00Z') });
    expect(steps.map((step) => [step.type, step.at.toISOString(), step.stage, step.amountMinor, step.stageChangedAt.toISOString()])).toEqual([
      ['UPDATED', '2026-11-10T10:00:00.000Z', 'TODO', 150_000, '2026-09-01T10:00:00.000Z'],
      ['MOVED', '2026-11-20T10:00:00.000Z', 'IN_PROGRESS', 150_000, '2026-11-20T10:00:00.000Z'],
    ]);
  });

  it('adds nothing the second time, nor to a closed deal', () => {
    expect(continueDealTimeline(current, history, { after: at('2026-11-20T10:00:00Z'), until: at('2026-12-02T12:00:00Z') })).toEqual([]);
    expect(continueDealTimeline({ ...current, stage: 'COMPLETED', outcome: 'WON' }, history, { after: at('2026-09-01T10:00:00Z'), until: at('2026-12-02T12:00:00Z') })).toEqual([]);
  });

  it('never goes back before the deal’s own last change', () => {
    const steps = continueDealTimeline({ ...current, at: at('2026-11-15T00:00:00Z') }, history, { after: at('2026-09-01T10:00:00Z'), until: at('2026-12-02T12:00:00Z') });
    expect(steps[0]!.at.toISOString()).toBe('2026-11-15T00:00:00.000Z');
  });
});
