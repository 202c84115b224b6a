import { describe, expect, it } from 'vitest';
import { describeAuditChanges, describeAuditObject, labelOf, referencedIds } from './audit-text';

const names = new Map([
  ['user-ana', 'Ana Alvarez'],
  ['team-falcons', 'Falcons'],
  ['team-lions', 'Lions'],
  ['office-ldn', 'London'],
]);

describe('audit text', () => {
  it('shows a goal change as money in its currency, not minor units', () => {
    const before = { userId: 'user-ana', teamId: 'team-falcons', month: '2026-12', amountMinor: 10_900_000, currency: 'USD' };
    const after = { ...before, amountMinor: 11_000_000 };
    expect(describeAuditChanges({ before, after, names })).toEqual([{ field: 'amountMinor', label: 'amount', before: '$109,000.00', after: '$110,000.00' }]);
    expect(describeAuditObject({ objectId: 'goal-1', before, after, names })).toBe('Ana Alvarez, 2026-12');
  });

  it('names the people, teams and offices an entry refers to', () => {
    const before = { name: 'Ana Alvarez', teamId: 'team-falcons', role: 'REP' };
    const after = { name: 'Ana Alvarez', teamId: 'team-lions', role: 'LEAD', movedGoalIds: [], movedDealIds: ['deal-1', 'deal-2'] };
    expect(describeAuditChanges({ before, after, names })).toEqual([
      { field: 'teamId', label: 'team', before: 'Falcons', after: 'Lions' },
      { field: 'role', label: 'role', before: 'REP', after: 'LEAD' },
      { field: 'movedGoalIds', label: 'moved goal', before: null, after: 'none' },
      { field: 'movedDealIds', label: 'moved deal', before: null, after: '2 items' },
    ]);
    expect(referencedIds(before, after)).toEqual(['team-falcons', 'team-lions', 'deal-1', 'deal-2']);
    expect(describeAuditObject({ objectId: 'user-ana', before, after, names })).toBe('Ana Alvarez');
  });

  it('writes business hours as times, yen without decimals, and leaves unknown ids as they are', () => {
    expect(describeAuditChanges({ before: { businessDayStart: 540 }, after: { businessDayStart: 570 }, names })).toEqual([
      { field: 'businessDayStart', label: 'business day start', before: '09:00', after: '09:30' },
    ]);
    expect(describeAuditChanges({ before: null, after: { amountMinor: 5000, currency: 'JPY', officeId: 'office-x' }, names })).toEqual([
      { field: 'amountMinor', label: 'amount', before: null, after: '¥5,000' },
      { field: 'currency', label: 'currency', before: null, after: 'JPY' },
      { field: 'officeId', label: 'office', before: null, after: 'office-x' },
    ]);
    expect(labelOf('weightInProgress')).toBe('weight in progress');
    expect(describeAuditChanges({ before: { a: 1 }, after: { a: 1 }, names })).toEqual([]);
  });
});
