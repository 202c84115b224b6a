import { describe, expect, it } from 'vitest';
import { defaultCopyMonth, goalCellKey, goalGridPath, goalInputText, parseGoalCell, sumOfMonths, textsForGrid, typedGoalGrid } from './goal-grid-input';

const limits = { maximumGoalMinor: 1_000_000_00 };
const grid = {
  months: ['2026-10', '2026-11'],
  currency: 'USD',
  rows: [
    { userId: 'ann', name: 'Ann', teamId: 't', cells: { '2026-10': 500_000, '2026-11': null } },
    { userId: 'bob', name: 'Bob', teamId: 't', cells: { '2026-10': 100, '2026-11': 200 } },
  ],
};

describe('goal cells', () => {
  it('shows minor units as the cell text and reads it back', () => {
    expect(goalInputText(500_000, 'USD')).toBe('5000');
    expect(goalInputText(1_250_050, 'USD')).toBe('12500.50');
    expect(goalInputText(null, 'USD')).toBe('');
    expect(parseGoalCell('12,500.50', 'USD', limits)).toEqual({ amountMinor: 1_250_050 });
    expect(parseGoalCell('', 'USD', limits)).toEqual({ amountMinor: null });
  });

  it('says why a cell is not a goal', () => {
    expect(parseGoalCell('lots', 'USD', limits)).toEqual({ error: 'Not an amount' });
    expect(parseGoalCell('-5', 'USD', limits)).toEqual({ error: 'A goal cannot be negative' });
    expect(parseGoalCell('1.555', 'USD', limits)).toEqual({ error: 'Use at most 2 decimals' });
    expect(parseGoalCell('2000000', 'USD', limits)).toEqual({ error: 'Too large' });
  });

  it('builds the grid as typed, keeping saved amounts where the text is unreadable', () => {
    const typed = typedGoalGrid(grid, { [goalCellKey('ann', '2026-11')]: '7,000', [goalCellKey('bob', '2026-10')]: 'x' }, limits);
    expect(typed.grid.rows[0]!.cells).toEqual({ '2026-10': 500_000, '2026-11': 700_000 });
    expect(typed.grid.rows[1]!.cells['2026-10']).toBe(100);
    expect([...typed.invalid]).toEqual([[goalCellKey('bob', '2026-10'), 'Not an amount']]);
    expect(grid.rows[0]!.cells['2026-11']).toBeNull();
  });

  it('turns a whole new grid into the texts of the cells it changes', () => {
    const next = { ...grid, rows: [{ ...grid.rows[0]!, cells: { '2026-10': 500_000, '2026-11': 600_050 } }, grid.rows[1]!] };
    const result = textsForGrid(grid, next);
    expect(result.texts).toEqual({ [goalCellKey('ann', '2026-11')]: '6000.50' });
    expect(result.changes).toHaveLength(1);
  });
});

describe('goal grid choices', () => {
  it('copies into the chosen month, else this month, else the second', () => {
    expect(defaultCopyMonth({ months: ['2026-10', '2026-11', '2026-12'], currentMonth: '2026-11' }, '')).toBe('2026-11');
    expect(defaultCopyMonth({ months: ['2026-10', '2026-11', '2026-12'], currentMonth: '2026-11' }, '2026-12')).toBe('2026-12');
    expect(defaultCopyMonth({ months: ['2027-01', '2027-02'], currentMonth: '2026-11' }, '2026-12')).toBe('2027-02');
    expect(defaultCopyMonth({ months: [], currentMonth: '2026-11' }, '')).toBe('');
  });

  it('asks for the grid of a team or an office over a range, and for none when the range is backwards', () => {
    expect(goalGridPath({ kind: 'team', id: 't 1' }, { from: '2026-10', to: '2026-12' })).toBe('/api/admin/goals?teamId=t%201&from=2026-10&to=2026-12');
    expect(goalGridPath({ kind: 'office', id: 'o' }, { from: '2026-10', to: '2026-10' })).toBe('/api/admin/goals?officeId=o&from=2026-10&to=2026-10');
    expect(goalGridPath({ kind: 'team', id: 't' }, { from: '2026-12', to: '2026-10' })).toBeNull();
    expect(goalGridPath(null, { from: '2026-10', to: '2026-12' })).toBeNull();
  });

  it('adds up months, unless one has no total', () => {
    expect(sumOfMonths(['a', 'b'], { a: 1, b: 2 })).toBe(3);
    expect(sumOfMonths(['a', 'b'], { a: 1, b: null })).toBeNull();
  });
});
