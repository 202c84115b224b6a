import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myDayReasons, orderMyDay, type MyDayEntry } from './my-day';

const entry = (dealId: string, extra: Partial<MyDayEntry> = {}): MyDayEntry => ({
  dealId,
  nextStepStatus: 'later',
  nextStepDueOn: '2026-12-01',
  isStale: false,
  isSlipping: false,
  amountMinor: 1_000,
  ...extra,
});

describe('orderMyDay', () => {
  it('puts overdue steps first, then today, then stale or slipping, and leaves out deals on track', () => {
    const list = orderMyDay([
      entry('on-track'),
      entry('stale', { isStale: true }),
      entry('today', { nextStepStatus: 'today', nextStepDueOn: '2026-11-20' }),
      entry('overdue-new', { nextStepStatus: 'overdue', nextStepDueOn: '2026-11-19' }),
      entry('overdue-old', { nextStepStatus: 'overdue', nextStepDueOn: '2026-11-02' }),
      entry('nothing', { nextStepStatus: 'none', nextStepDueOn: null }),
    ]);
    expect(list.map((item) => item.dealId)).toEqual(['overdue-old', 'overdue-new', 'today', 'stale', 'nothing']);
  });

  it('never puts a later reason before an earlier one (property)', () => {
    const arbitrary = fc.record({
      dealId: fc.string(),
      nextStepStatus: fc.constantFrom('overdue', 'today', 'none', 'later' as const),
      nextStepDueOn: fc.option(fc.constantFrom('2026-11-01', '2026-11-20', '2026-12-01'), { nil: null }),
      isStale: fc.boolean(),
      isSlipping: fc.boolean(),
      amountMinor: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(arbitrary), (entries) => {
        const ranks = orderMyDay(entries).map((item) => myDayReasons.indexOf(item.reason));
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      }),
    );
  });
});
