import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planStaleEdit } from './stale-edit';

const base = { title: 'Renewal', amountMinor: 2_050_000, notes: '' };

describe('planStaleEdit', () => {
  it('applies a title change on top of a colleague’s amount change (the amount is not written back)', () => {
    const current = { ...base, amountMinor: 2_500_000 };
    expect(planStaleEdit({ base, current, edit: { title: 'Renewal 2027' } })).toEqual({ kind: 'apply' });
  });

  it('reports a field both changed, with the three values', () => {
    const current = { ...base, amountMinor: 2_500_000 };
    expect(planStaleEdit({ base, current, edit: { title: 'Renewal 2027', amountMinor: 2_100_000 } })).toEqual({
      kind: 'conflict',
      conflicts: [{ field: 'amountMinor', base: 2_050_000, theirs: 2_500_000, yours: 2_100_000 }],
    });
  });

  it('is no conflict when both made the same change, and a conflict for any difference when the base is unknown', () => {
    const current = { ...base, amountMinor: 2_500_000 };
    expect(planStaleEdit({ base, current, edit: { amountMinor: 2_500_000 } })).toEqual({ kind: 'apply' });
    expect(planStaleEdit({ base: null, current, edit: { title: 'Renewal', amountMinor: 1 } })).toEqual({
      kind: 'conflict',
      conflicts: [{ field: 'amountMinor', base: null, theirs: 2_500_000, yours: 1 }],
    });
  });

  it('never lets an applied edit undo a field the user did not send', () => {
    const value = fc.oneof(fc.constant('a'), fc.constant('b'), fc.constant('c'));
    const record = fc.record({ title: value, notes: value, account: value });
    fc.assert(
      fc.property(record, record, fc.record({ title: value, notes: value, account: value }, { requiredKeys: [] }), (start, now, edit) => {
        const plan = planStaleEdit({ base: start, current: now, edit });
        if (plan.kind === 'conflict') return;
        for (const field of Object.keys(edit) as (keyof typeof edit)[]) {
          // Applying only happens where nobody else changed the field (or to the same value).
          expect(start[field] === now[field] || edit[field] === now[field]).toBe(true);
        }
      }),
    );
  });
});
