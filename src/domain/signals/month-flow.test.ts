import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowBalance, isInMonthPipeline, monthFlow, type FlowCard, type FlowEvent, type FlowScope } from './month-flow';

const scope: FlowScope = { month: '2026-11', teamIds: new Set(['team-a']) };
const card = (id: string, extra: Partial<FlowCard> = {}): FlowCard => ({
  id,
  stage: 'TODO',
  outcome: null,
  amountMinor: 1_000,
  closedAmountMinor: null,
  expectedCloseDate: '2026-11-20',
  teamId: 'team-a',
  deletedAt: null,
  ...extra,
});

describe('monthFlow', () => {
  it('sorts each change into new, pulled in, pushed out, won and lost', () => {
    const pushed = card('pushed');
    const won = card('won', { amountMinor: 2_000 });
    const lost = card('lost', { amountMinor: 500 });
    const pulled = card('pulled', { expectedCloseDate: '2026-12-10', amountMinor: 700 });
    const events: FlowEvent[] = [
      { type: 'CREATED', before: null, after: card('new', { amountMinor: 300 }) },
      { type: 'UPDATED', before: pushed, after: { ...pushed, expectedCloseDate: '2026-12-05' } },
      { type: 'UPDATED', before: pulled, after: { ...pulled, expectedCloseDate: '2026-11-25' } },
      { type: 'CLOSED', before: won, after: { ...won, stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 1_800 } },
      { type: 'CLOSED', before: lost, after: { ...lost, stage: 'COMPLETED', outcome: 'LOST' } },
    ];
    const flow = monthFlow([pushed, won, lost, pulled], events, scope);
    expect(flow.opening).toEqual({ count: 3, amountMinor: 3_500 });
    expect(flow.new).toEqual({ count: 1, amountMinor: 300 });
    expect(flow.pulledIn).toEqual({ count: 1, amountMinor: 700 });
    expect(flow.pushedOut).toEqual({ count: 1, amountMinor: 1_000 });
    expect(flow.won).toEqual({ count: 1, amountMinor: 2_000, closedAmountMinor: 1_800 });
    expect(flow.lost).toEqual({ count: 1, amountMinor: 500 });
    expect(flow.closing).toEqual({ count: 2, amountMinor: 1_000 });
    expect(flowBalance(flow)).toBe(flow.closing.amountMinor);
  });

  it('counts a deal won early (expected next month) as pulled in and won', () => {
    const early = card('early', { expectedCloseDate: '2026-12-15' });
    const flow = monthFlow([early], [{ type: 'CLOSED', before: early, after: { ...early, stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 1_000 } }], scope);
    expect(flow.pulledIn.amountMinor).toBe(1_000);
    expect(flow.won.amountMinor).toBe(1_000);
    expect(flowBalance(flow)).toBe(0);
  });

  it('ignores other teams', () => {
    const other = card('other', { teamId: 'team-b' });
    const flow = monthFlow([other], [{ type: 'CREATED', before: null, after: card('x', { teamId: 'team-b' }) }], scope);
    expect(flow.opening.count + flow.new.count + flow.closing.count).toBe(0);
  });

  // Random histories: each step changes one deal in one of the ways the board can.
  const stepArbitrary = fc.record({
    deal: fc.integer({ min: 0, max: 5 }),
    kind: fc.constantFrom('create', 'date', 'amount', 'close-won', 'close-lost', 'reopen', 'delete', 'restore', 'team', 'move'),
    month: fc.constantFrom('2026-10', '2026-11', '2026-12', null),
    amount: fc.integer({ min: 0, max: 100_000 }),
  });

  it('opening + flows = closing, and closing is the pipeline the final cards hold (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(stepArbitrary, { maxLength: 40 }),
        (existsAtStart, steps) => {
          const state = new Map<string, FlowCard>();
          existsAtStart.forEach((exists, index) => {
            if (exists) state.set(`d${index}`, card(`d${index}`, { amountMinor: 100 * (index + 1), expectedCloseDate: index % 2 ? '2026-11-03' : '2026-12-01' }));
          });
          const opening = [...state.values()];
          const events: FlowEvent[] = [];
          for (const step of steps) {
            const id = `d${step.deal}`;
            const before = state.get(id) ?? null;
            let after: FlowCard | null = null;
            let type = 'UPDATED';
            const date = step.month ? `${step.month}-15` : null;
            if (!before) {
              if (step.kind !== 'create') continue;
              type = 'CREATED';
              after = card(id, { amountMinor: step.amount, expectedCloseDate: date });
            } else if (step.kind === 'date') after = { ...before, expectedCloseDate: date };
            else if (step.kind === 'amount') after = { ...before, amountMinor: step.amount };
            else if (step.kind === 'close-won' || step.kind === 'close-lost') {
              if (before.stage === 'COMPLETED') continue;
              type = 'CLOSED';
              after = { ...before, stage: 'COMPLETED', outcome: step.kind === 'close-won' ? 'WON' : 'LOST', closedAmountMinor: step.amount };
            } else if (step.kind === 'reopen') {
              type = 'REOPENED';
              after = { ...before, stage: 'IN_PROGRESS', outcome: null, closedAmountMinor: null };
            } else if (step.kind === 'delete') {
              type = 'DELETED';
              after = { ...before, deletedAt: '2026-11-10T00:00:00Z' };
            } else if (step.kind === 'restore') {
              type = 'RESTORED';
              after = { ...before, deletedAt: null };
            } else if (step.kind === 'team') {
              type = 'REASSIGNED';
              after = { ...before, teamId: before.teamId === 'team-a' ? 'team-b' : 'team-a' };
            } else if (step.kind === 'move') {
              type = 'MOVED';
              after = { ...before, stage: before.stage === 'TODO' ? 'IN_PROGRESS' : 'TODO' };
            } else continue;
            state.set(id, after);
            events.push({ type, before, after });
          }
          const flow = monthFlow(opening, events, scope);
          const pipeline = [...state.values()].filter((each) => isInMonthPipeline(each, scope));
          expect(flow.closing.amountMinor).toBe(pipeline.reduce((sum, each) => sum + each.amountMinor, 0));
          expect(flow.closing.count).toBe(pipeline.length);
          expect(flowBalance(flow)).toBe(flow.closing.amountMinor);
          for (const figure of [flow.new, flow.pulledIn, flow.pushedOut, flow.won, flow.lost]) {
            expect(figure.amountMinor).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
