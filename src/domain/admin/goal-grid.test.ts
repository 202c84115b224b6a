import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyGoalChanges,
  companyTotals,
  convertOutsideGoals,
  copyPreviousMonth,
  diffGrids,
  listMonthKeys,
  parseGoalCsv,
  previousMonthKey,
  rollUpTotals,
  scaleRow,
  type GoalGridShape,
} from './goal-grid';

const grid: GoalGridShape = {
  months: ['2026-01', '2026-02', '2026-03'],
  currency: 'USD',
  teams: [
    { id: 'north', name: 'North', officeId: 'ny' },
    { id: 'south', name: 'South', officeId: 'ny' },
    { id: 'east', name: 'East', officeId: 'ldn' },
  ],
  rows: [
    { userId: 'ann', name: 'Ann Able', teamId: 'north', cells: { '2026-01': 100_000, '2026-02': 120_000, '2026-03': null } },
    { userId: 'bob', name: 'Bob Best', teamId: 'south', cells: { '2026-01': 50_000, '2026-02': null, '2026-03': 70_000 } },
    { userId: 'cy', name: 'Cy Cole', teamId: 'east', cells: { '2026-01': 10_000, '2026-02': 20_000, '2026-03': 30_000 } },
  ],
};
const users = [
  { id: 'ann', name: 'Ann Able', email: 'ann@example.com' },
  { id: 'bob', name: 'Bob Best', email: 'bob@example.com' },
  { id: 'bob2', name: 'Bob Twin', email: 'twin1@example.com' },
  { id: 'bob3', name: 'Bob Twin', email: 'twin2@example.com' },
];

describe('months', () => {
  it('steps across a year', () => {
    expect(previousMonthKey('2026-01')).toBe('2025-12');
    expect(previousMonthKey('2026-10')).toBe('2026-09');
    expect(listMonthKeys('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(listMonthKeys('2026-02', '2026-01')).toEqual([]);
  });
});

describe('copyPreviousMonth', () => {
  it('copies every row, empty cells included, without touching the input', () => {
    const copied = copyPreviousMonth(grid, '2026-03');
    expect(copied.rows.map((row) => row.cells['2026-03'])).toEqual([120_000, null, 20_000]);
    expect(grid.rows[0]!.cells['2026-03']).toBeNull();
  });

  it('refuses a month whose previous month is not shown', () => {
    expect(() => copyPreviousMonth(grid, '2026-01')).toThrow(/2025-12/);
  });
});

describe('scaleRow', () => {
  it('raises by a percentage, rounding to whole minor units', () => {
    const row = { userId: 'x', name: 'X', teamId: 't', cells: { a: 1005, b: null, c: 999 } };
    expect(scaleRow(row, 10).cells).toEqual({ a: 1106, b: null, c: 1099 });
    expect(scaleRow(row, -50).cells).toEqual({ a: 503, b: null, c: 500 });
    expect(scaleRow(row, 10, ['a']).cells).toEqual({ a: 1106, b: null, c: 999 });
  });

  it('refuses to lower below zero', () => {
    expect(() => scaleRow(grid.rows[0]!, -101)).toThrow(RangeError);
  });

  it('always gives whole, non-negative minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.double({ min: -100, max: 500, noNaN: true }), (amount, percent) => {
        const scaled = scaleRow({ userId: 'x', name: 'X', teamId: 't', cells: { m: amount } }, percent).cells.m!;
        expect(Number.isInteger(scaled)).toBe(true);
        expect(scaled).toBeGreaterThanOrEqual(0);
        expect(Math.abs(scaled - (amount * (100 + percent)) / 100)).toBeLessThanOrEqual(0.5 + 1e-6 * amount);
      }),
    );
  });
});

describe('rollUpTotals', () => {
  it('adds rows up by team, office and company', () => {
    const totals = rollUpTotals(grid);
    expect(totals.rows).toEqual({ ann: 220_000, bob: 120_000, cy: 60_000 });
    expect(totals.teams.north).toEqual({ '2026-01': 100_000, '2026-02': 120_000, '2026-03': 0 });
    expect(totals.offices.ny).toEqual({ '2026-01': 150_000, '2026-02': 120_000, '2026-03': 70_000 });
    expect(totals.offices.ldn).toEqual({ '2026-01': 10_000, '2026-02': 20_000, '2026-03': 30_000 });
    expect(totals.company).toEqual({ '2026-01': 160_000, '2026-02': 140_000, '2026-03': 100_000 });
    expect(totals.total).toBe(400_000);
  });

  it('is zero for an empty grid', () => {
    expect(rollUpTotals({ months: ['2026-01'], rows: [], currency: 'USD' })).toEqual({ rows: {}, teams: {}, offices: {}, company: { '2026-01': 0 }, total: 0 });
  });
});

describe('companyTotals', () => {
  const euroGrid: GoalGridShape = { ...grid, currency: 'EUR' };
  const company = {
    currency: 'USD',
    months: {
      '2026-01': { otherMinor: 1_000_000, rateToReporting: 1.1 },
      '2026-02': { otherMinor: 0, rateToReporting: 1.1 },
      '2026-03': { otherMinor: 500_000, rateToReporting: null },
    },
  };

  it('adds the goals outside the grid to the grid converted at the month’s rate', () => {
    expect(companyTotals(euroGrid, company)).toEqual({ '2026-01': 1_176_000, '2026-02': 154_000, '2026-03': null });
  });

  it('follows a typed change, and is null without a rate or outside figures', () => {
    const edited = applyGoalChanges(euroGrid, [{ userId: 'bob', month: '2026-02', amountMinor: 10_000 }]);
    expect(companyTotals(edited, company)['2026-02']).toBe(165_000);
    const otherUnknown = { ...company, months: { ...company.months, '2026-01': { otherMinor: null, rateToReporting: 1.1 } } };
    expect(companyTotals(euroGrid, otherUnknown)['2026-01']).toBeNull();
    expect(companyTotals({ ...euroGrid, months: ['2026-04'] }, company)).toEqual({ '2026-04': null });
  });

  it('respects minor-unit digits: 1,000 yen at 0.0066 is 660 cents', () => {
    const yenGrid: GoalGridShape = {
      months: ['2026-01'],
      currency: 'JPY',
      rows: [
        { userId: 'a', name: 'A', teamId: 't', cells: { '2026-01': 500 } },
        { userId: 'b', name: 'B', teamId: 't', cells: { '2026-01': 500 } },
      ],
    };
    expect(companyTotals(yenGrid, { currency: 'USD', months: { '2026-01': { otherMinor: 1, rateToReporting: 0.0066 } } })).toEqual({ '2026-01': 661 });
  });
});

describe('convertOutsideGoals', () => {
  const rates: Record<string, number> = { 'USD|2026-01': 1, 'USD|2026-02': 1, 'EUR|2026-01': 1.1 };
  const rateOf = (currency: string, month: string) => rates[`${currency}|${month}`] ?? null;

  it('adds each office up, converts it once, and is null for a month missing a rate', () => {
    const goals = [
      { officeId: 'ber', month: '2026-01', amountMinor: 5, currency: 'EUR' },
      { officeId: 'ber', month: '2026-01', amountMinor: 5, currency: 'EUR' },
      { officeId: 'ny', month: '2026-01', amountMinor: 100_000, currency: 'USD' },
      { officeId: 'ny', month: '2026-02', amountMinor: 7, currency: 'USD' },
      { officeId: 'ber', month: '2026-02', amountMinor: 1_000, currency: 'EUR' },
      { officeId: 'ny', month: '2025-12', amountMinor: 9, currency: 'USD' },
    ];
    // 10 euro cents at 1.1 is 11 US cents; converted one by one they would be 6 + 6.
    expect(convertOutsideGoals(goals, ['2026-01', '2026-02', '2026-03'], rateOf, 'USD')).toEqual({ '2026-01': 100_011, '2026-02': null, '2026-03': 0 });
  });
});

describe('diffGrids and applyGoalChanges', () => {
  it('round-trip', () => {
    const edited = scaleRow(grid.rows[1]!, 100);
    const after = { ...grid, rows: [grid.rows[0]!, edited, grid.rows[2]!] };
    const changes = diffGrids(grid, after);
    expect(changes).toEqual([
      { userId: 'bob', month: '2026-01', amountMinor: 100_000 },
      { userId: 'bob', month: '2026-03', amountMinor: 140_000 },
    ]);
    expect(applyGoalChanges(grid, changes)).toEqual(after);
  });
});

describe('parseGoalCsv', () => {
  const months = ['2026-01', '2026-02', '2026-03'];

  it('reads people by email or name and amounts in major units', () => {
    const result = parseGoalCsv('ann@example.com,1000,"12,500.50",\nBob Best\t2 000\t-\t7.5\n', users, months);
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([
      { userId: 'ann', month: '2026-01', amountMinor: 100_000 },
      { userId: 'ann', month: '2026-02', amountMinor: 1_250_050 },
      { userId: 'bob', month: '2026-01', amountMinor: 200_000 },
      { userId: 'bob', month: '2026-02', amountMinor: null },
      { userId: 'bob', month: '2026-03', amountMinor: 750 },
    ]);
  });

  it('follows a header of months', () => {
    const result = parseGoalCsv('email,2026-03,2026-01\nANN@example.com,3,1', users, months);
    expect(result.changes).toEqual([
      { userId: 'ann', month: '2026-03', amountMinor: 300 },
      { userId: 'ann', month: '2026-01', amountMinor: 100 },
    ]);
  });

  it('skips a plain header and uses the currency’s minor digits', () => {
    const result = parseGoalCsv('Name,Jan\nann@example.com,1500', users, months, { minorDigits: 0 });
    expect(result).toEqual({ changes: [{ userId: 'ann', month: '2026-01', amountMinor: 1500 }], errors: [] });
  });

  it('reports each bad line with its number and why', () => {
    const text = ['ann@example.com,1000', 'nobody@example.com,1', 'Bob Twin,5', 'Bob Best,12abc', 'ann@example.com,2', 'Bob Best,1,2,3,4', ',1'].join('\n');
    const { errors } = parseGoalCsv(text, users, months);
    expect(errors).toEqual([
      { line: 2, message: 'No one in this grid is called or has the email "nobody@example.com".' },
      { line: 3, message: 'More than one person is called "Bob Twin"; use their email.' },
      { line: 4, message: '"12abc" (2026-01) is not an amount like 12500 or 12,500.00.' },
      { line: 5, message: 'Ann Able is already on line 1.' },
      { line: 6, message: 'Bob Best is already on line 4.' },
      { line: 7, message: 'The line does not start with a name or email.' },
    ]);
  });

  it('refuses too many columns, too many decimals and unknown header months', () => {
    expect(parseGoalCsv('Bob Best,1,2,3,4', users, months).errors[0]!.message).toMatch(/4 amounts but the grid has 3 months/);
    expect(parseGoalCsv('Bob Best,1.234', users, months).errors).toHaveLength(1);
    expect(parseGoalCsv('who,2027-01\nBob Best,1', users, months).errors[0]).toEqual({ line: 1, message: 'The header names months not in the grid: 2027-01.' });
  });
});
