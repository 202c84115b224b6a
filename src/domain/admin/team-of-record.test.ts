import { describe, expect, it } from 'vitest';
import { isOpenDeal, planTeamMove, type DealForMove, type GoalForMove } from './team-of-record';

const deal = (id: string, stage: DealForMove['stage'], overrides: Partial<DealForMove> = {}): DealForMove => ({
  id,
  stage,
  teamId: 'old',
  deletedAt: null,
  ...overrides,
});
const goal = (id: string, month: string, teamId = 'old'): GoalForMove => ({ id, month, teamId });

describe('planTeamMove', () => {
  const plan = planTeamMove({
    deals: [
      deal('backlog', 'BACKLOG'),
      deal('todo', 'TODO'),
      deal('in-progress', 'IN_PROGRESS'),
      deal('won', 'COMPLETED'),
      deal('deleted', 'TODO', { deletedAt: new Date('2026-01-01') }),
      deal('already-there', 'TODO', { teamId: 'new' }),
    ],
    goals: [goal('last-year', '2025-11'), goal('last-month', '2026-02'), goal('this-month', '2026-03'), goal('next-month', '2026-04'), goal('next-year', '2027-01')],
    currentMonth: '2026-03',
    newTeamId: 'new',
  });

  it('moves open deals and leaves closed and deleted ones with the old team', () => {
    expect(plan.dealIdsToMove).toEqual(['backlog', 'todo', 'in-progress']);
  });

  it('moves goals of the current and later months, keeps past months', () => {
    expect(plan.goalIdsToMove).toEqual(['this-month', 'next-month', 'next-year']);
  });

  it('moves nothing that is already on the new team', () => {
    const again = planTeamMove({ deals: [deal('a', 'TODO', { teamId: 'new' })], goals: [goal('g', '2026-05', 'new')], currentMonth: '2026-03', newTeamId: 'new' });
    expect(again).toEqual({ dealIdsToMove: [], goalIdsToMove: [] });
  });
});

describe('isOpenDeal', () => {
  it.each([
    ['BACKLOG', null, true],
    ['IN_PROGRESS', null, true],
    ['COMPLETED', null, false],
    ['TODO', new Date(), false],
  ] as const)('%s deleted at %s → %s', (stage, deletedAt, open) => {
    expect(isOpenDeal({ stage, deletedAt })).toBe(open);
  });
});
