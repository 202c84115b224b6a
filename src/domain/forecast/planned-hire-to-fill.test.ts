import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINK_WINDOW_DAYS, plannedHireToFill, type OpenPlannedHire } from './planned-hire-to-fill';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const hire = (id: string, teamId: string, start: string, extra: Partial<OpenPlannedHire> = {}): OpenPlannedHire => ({ id, teamId, startDate: day(start), count: 1, personId: null, ...extra });

describe('which planned hire an invited person fills', () => {
  const plan = [hire('a', 't1', '2027-01-01'), hire('b', 't1', '2027-03-01', { count: 3 }), hire('c', 't2', '2027-02-01'), hire('d', 't1', '2027-02-15', { personId: 'someone' })];

  it('takes the unnamed hire of their team that starts nearest to them', () => {
    expect(plannedHireToFill(plan, { teamId: 't1', startDate: day('2027-01-10'), sells: true })?.id).toBe('a');
    expect(plannedHireToFill(plan, { teamId: 't1', startDate: day('2027-02-20'), sells: true })?.id).toBe('b');
    expect(plannedHireToFill(plan, { teamId: 't2', startDate: day('2027-01-20'), sells: true })?.id).toBe('c');
  });

  it('never fills a named hire, another team’s, or one too far from their start', () => {
    expect(plannedHireToFill([plan[3]!], { teamId: 't1', startDate: day('2027-02-15'), sells: true })).toBeNull();
    expect(plannedHireToFill(plan, { teamId: 't3', startDate: day('2027-01-01'), sells: true })).toBeNull();
    expect(plannedHireToFill(plan, { teamId: 't2', startDate: day('2027-09-01'), sells: true })).toBeNull();
  });

  it('leaves the plan alone for people who do not sell or have no team', () => {
    expect(plannedHireToFill(plan, { teamId: 't1', startDate: day('2027-01-01'), sells: false })).toBeNull();
    expect(plannedHireToFill(plan, { teamId: null, startDate: day('2027-01-01'), sells: true })).toBeNull();
  });

  it('prefers the earlier plan when two are as near', () => {
    const even = [hire('late', 't1', '2027-03-11'), hire('early', 't1', '2027-02-19')];
    expect(plannedHireToFill(even, { teamId: 't1', startDate: day('2027-03-01'), sells: true })?.id).toBe('early');
  });

  it('picks, among random plans, an open hire of the team within the window, and none closer exists', () => {
    const arbitraryHire = fc.record({ id: fc.uuid(), teamId: fc.constantFrom('t1', 't2'), offset: fc.integer({ min: -300, max: 300 }), count: fc.integer({ min: 0, max: 3 }), named: fc.boolean() });
    fc.assert(
      fc.property(fc.array(arbitraryHire, { maxLength: 12 }), fc.integer({ min: -100, max: 100 }), (raw, personOffset) => {
        const base = day('2027-06-01').getTime();
        const hires = raw.map((item) => ({ id: item.id, teamId: item.teamId, startDate: new Date(base + item.offset * 86_400_000), count: item.count, personId: item.named ? 'p' : null }));
        const person = { teamId: 't1', startDate: new Date(base + personOffset * 86_400_000), sells: true };
        const chosen = plannedHireToFill(hires, person);
        const distance = (entry: OpenPlannedHire) => Math.abs(entry.startDate.getTime() - person.startDate.getTime()) / 86_400_000;
        const eligible = hires.filter((entry) => entry.teamId === 't1' && entry.personId === null && entry.count >= 1 && distance(entry) <= LINK_WINDOW_DAYS);
        if (eligible.length === 0) return chosen === null;
        return chosen !== null && eligible.includes(chosen) && eligible.every((entry) => distance(entry) >= distance(chosen));
      }),
    );
  });
});
