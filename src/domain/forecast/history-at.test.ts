import { describe, expect, it } from 'vitest';
import { viewHistoryAt } from './history-at';
import type { ForecastHistory } from './types';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const base: ForecastHistory = {
  reportingCurrency: 'USD',
  offices: [{ id: 'o', name: 'Office', currency: 'USD' }],
  teams: [{ id: 't', name: 'Team', officeId: 'o' }],
  people: [
    { id: 'old', name: 'Old', teamId: 't', sells: true, startDate: day('2023-01-01'), deactivatedAt: day('2024-09-01') },
    { id: 'new', name: 'New', teamId: 't', sells: true, startDate: day('2024-08-01'), deactivatedAt: null },
  ],
  deals: [
    {
      id: 'd',
      currency: 'USD',
      createdAt: day('2024-05-01'),
      outcome: 'WON',
      closedAt: day('2024-07-10'),
      closedAmountMinor: 500,
      deletedAt: null,
      timeline: [
        { at: day('2024-05-01'), stage: 'TODO', amountMinor: 100, ownerId: 'old', teamId: 't', expectedCloseDate: null },
        { at: day('2024-06-20'), stage: 'IN_PROGRESS', amountMinor: 400, ownerId: 'old', teamId: 't', expectedCloseDate: null },
        { at: day('2024-07-10'), stage: 'COMPLETED', amountMinor: 500, ownerId: 'old', teamId: 't', expectedCloseDate: null },
      ],
    },
  ],
  exchangeRates: [],
  plannedHires: [{ id: 'p', teamId: 't', startDate: day('2024-10-01'), count: 2, personId: 'new', rampOverride: null }],
  sprintForecasts: [],
  rampOverride: null,
};

describe('the history as known at an instant', () => {
  it('sees a deal closed later as open, in the column and at the amount it had then', () => {
    const view = viewHistoryAt(base, day('2024-06-01'), 'later-starters');
    const deal = view.deals[0]!;
    expect(deal.outcome).toBeNull();
    expect(deal.closedAt).toBeNull();
    expect(deal.timeline).toHaveLength(1);
    expect(deal.timeline[0]!.amountMinor).toBe(100);
  });

  it('does not know of later deactivations, and counts later starters as planned hires', () => {
    const view = viewHistoryAt(base, day('2024-06-01'), 'later-starters');
    expect(view.people.map((person) => [person.id, person.deactivatedAt])).toEqual([['old', null]]);
    expect(view.plannedHires.map((hire) => [hire.personId, hire.count])).toEqual([['new', 1]]);
  });

  it('counts an invited person once: through the plan entry that names them', () => {
    const view = viewHistoryAt(base, day('2024-06-01'), 'plan');
    expect(view.plannedHires.map((hire) => hire.id)).toEqual(['p']);
    // Once they have started they are a rep, and the plan entry naming them no longer counts.
    const later = viewHistoryAt(base, day('2024-08-15'), 'plan');
    expect(later.plannedHires).toEqual([]);
    expect(later.people.map((person) => person.id)).toEqual(['old', 'new']);
  });
});
