import { describe, expect, it } from 'vitest';
import type { TPerson } from '@/schemas/admin';
import {
  assignableRoles,
  defaultPeopleFilters,
  describePersonDeactivated,
  describePersonSaved,
  handOverCandidates,
  peopleListPath,
  personChanges,
  sortHandOverCandidates,
} from './people';

const person = (id: string, overrides: Partial<TPerson> = {}): TPerson => ({
  id,
  name: id,
  email: `${id}@example.com`,
  role: 'REP',
  teamId: 'north',
  teamName: 'North',
  colour: '#123456',
  startDate: '2026-01-05T00:00:00.000Z',
  active: true,
  hasPassword: true,
  openDealCount: 0,
  ...overrides,
});

describe('people', () => {
  it('lets admins give any role and managers only rep and lead', () => {
    expect(assignableRoles(true)).toEqual(['REP', 'LEAD', 'MANAGER', 'ADMIN']);
    expect(assignableRoles(false)).toEqual(['REP', 'LEAD']);
  });

  it('asks for the list with the filters that are set', () => {
    expect(peopleListPath(defaultPeopleFilters)).toBe('/api/admin/people?active=true');
    expect(peopleListPath({ teamId: 't 1', role: 'LEAD', active: '' })).toBe('/api/admin/people?teamId=t+1&role=LEAD');
    expect(peopleListPath({ teamId: '', role: '', active: '' })).toBe('/api/admin/people');
  });

  it('hands deals over to someone else who is active and on a team, own team first', () => {
    const leaving = person('leaving', { teamId: 'north' });
    const people = [leaving, person('zoe', { teamId: 'north' }), person('adam', { teamId: 'south' }), person('gone', { active: false }), person('loose', { teamId: null }), person('bea', { teamId: 'north' })];
    expect(sortHandOverCandidates(handOverCandidates(people, leaving), leaving).map((each) => each.id)).toEqual(['bea', 'zoe', 'adam']);
  });

  it('says what a save and a deactivation did', () => {
    expect(describePersonSaved({ name: 'Ann', teamName: 'South' }, { openDeals: 0, goals: 0 })).toBe('Ann saved.');
    expect(describePersonSaved({ name: 'Ann', teamName: null }, { openDeals: 2, goals: 1 })).toBe('Ann saved. Moved to no team: 2 open deal(s) and 1 goal(s).');
    expect(describePersonSaved({ name: 'Ann', teamName: 'Paris' }, { openDeals: 1, goals: 2, conversion: { from: ['USD'], to: 'EUR', month: '2026-12' } })).toBe(
      'Ann saved. Moved to Paris: 1 open deal(s) and 2 goal(s), converted from USD to EUR at 2026-12 rates.',
    );
    expect(describePersonDeactivated({ name: 'Ann' }, 0)).toBe('Ann is deactivated.');
    expect(describePersonDeactivated({ name: 'Ann' }, 3)).toBe('Ann is deactivated; 3 open deal(s) handed over.');
  });

  it('sends only what an edit changed', () => {
    const ann = person('ann', { colour: '#ABCDEF' });
    const unchanged = { name: 'ann', role: 'REP' as const, teamId: 'north', colour: '#abcdef', startDate: '2026-01-05' };
    expect(personChanges(ann, unchanged)).toEqual({});
    expect(personChanges(ann, { ...unchanged, teamId: '', role: 'LEAD', startDate: '2026-02-01' })).toEqual({ teamId: null, role: 'LEAD', startDate: '2026-02-01' });
  });
});
