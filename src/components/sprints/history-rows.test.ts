import { describe, expect, it } from 'vitest';
import type { TSprintHistoryRow } from '@/schemas/sprint';
import { historyChartRows, summarizeHistory } from './history-rows';

const row = (overrides: Partial<TSprintHistoryRow>): TSprintHistoryRow => ({
  sprintId: 's1',
  month: '2026-11',
  number: 1,
  startsOn: '2026-11-01',
  endsOn: '2026-11-08',
  state: 'past',
  wonMinor: 0,
  wonCount: 0,
  lostCount: 0,
  commitmentsMade: 0,
  commitmentsMet: 0,
  commitmentsMissed: 0,
  ...overrides,
});

describe('historyChartRows', () => {
  it('orders sprints oldest first and labels them', () => {
    const rows = historyChartRows(
      [
        row({ sprintId: 'b', number: 2, startsOn: '2026-11-09', endsOn: '2026-11-15', state: 'current', commitmentsMade: 3, commitmentsMet: 1, commitmentsMissed: 0 }),
        row({ sprintId: 'a', wonMinor: 500_00, wonCount: 2, commitmentsMade: 4, commitmentsMet: 3, commitmentsMissed: 1 }),
      ],
      'en-GB',
    );
    expect(rows.map((item) => item.sprintId)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({ axisLabel: 'Nov S1', label: 'Sprint 1 · 1–8 Nov', metPercent: 75, isCurrent: false });
    expect(rows[1]).toMatchObject({ metPercent: 100, isCurrent: true });
  });

  it('has no met share for a sprint without decided commitments', () => {
    expect(historyChartRows([row({ commitmentsMade: 2 })], 'en-GB')[0]!.metPercent).toBeNull();
  });
});

describe('summarizeHistory', () => {
  it('adds up what was won and averages the met share over sprints that had one', () => {
    const rows = historyChartRows(
      [
        row({ sprintId: 'a', wonMinor: 100, wonCount: 1, commitmentsMet: 1, commitmentsMissed: 1 }),
        row({ sprintId: 'b', startsOn: '2026-11-09', wonMinor: 300, wonCount: 2 }),
        row({ sprintId: 'c', startsOn: '2026-11-16', commitmentsMet: 1 }),
      ],
      'en-GB',
    );
    expect(summarizeHistory(rows)).toEqual({ wonMinor: 400, wonCount: 3, metPercent: 75 });
  });
});
