import { describe, expect, it } from 'vitest';
import {
  canRevokeWallLink,
  refusalToAdministerOrganisation,
  refusalToMakeWallLink,
  refusalToDeactivate,
  refusalToEditAnyGoals,
  refusalToEditGoals,
  refusalToEditOfficeGoals,
  refusalToHandOverTo,
  refusalToListPeople,
  refusalToListTeams,
  refusalToManagePerson,
  visibleTeamIds,
  type AdminActor,
  type AdminRole,
  type OrganisationSubject,
  type PersonFacts,
} from './permissions';

// Teams: "led" is the team the lead leads, "managed" the team the manager manages,
// "other" a team neither has anything to do with.
const actors: Record<AdminRole, AdminActor> = {
  REP: { id: 'actor', role: 'REP', ledTeamIds: [], managedTeamIds: [] },
  LEAD: { id: 'actor', role: 'LEAD', ledTeamIds: ['led'], managedTeamIds: [] },
  MANAGER: { id: 'actor', role: 'MANAGER', ledTeamIds: [], managedTeamIds: ['managed', 'managed-too'] },
  ADMIN: { id: 'actor', role: 'ADMIN', ledTeamIds: [], managedTeamIds: [] },
};
const roles: AdminRole[] = ['REP', 'LEAD', 'MANAGER', 'ADMIN'];

describe('organisation settings', () => {
  const subjects: OrganisationSubject[] = ['offices', 'holidays', 'teams', 'exchange rates', 'the audit log', 'imports', 'integrations'];
  it.each(subjects)('%s are for admins only', (subject) => {
    expect(refusalToAdministerOrganisation(actors.ADMIN, subject)).toBeNull();
    for (const role of ['REP', 'LEAD', 'MANAGER'] as const) {
      expect(refusalToAdministerOrganisation(actors[role], subject)).toMatch(/^Only admins can/);
    }
  });

  it('lets leads and managers read their own teams, reps none', () => {
    expect(visibleTeamIds(actors.ADMIN)).toBe('all');
    expect(visibleTeamIds(actors.MANAGER)).toEqual(['managed', 'managed-too']);
    expect(visibleTeamIds(actors.LEAD)).toEqual(['led']);
    expect(refusalToListTeams(actors.REP)).toMatch(/own settings/);
    expect(refusalToListTeams(actors.LEAD)).toBeNull();
  });
});

describe('goals', () => {
  // [role, led, managed, other]
  const table: [AdminRole, boolean, boolean, boolean][] = [
    ['REP', false, false, false],
    ['LEAD', true, false, false],
    ['MANAGER', false, true, false],
    ['ADMIN', true, true, true],
  ];
  it.each(table)('%s: led %s, managed %s, other %s', (role, led, managed, other) => {
    expect(refusalToEditGoals(actors[role], 'led') === null).toBe(led);
    expect(refusalToEditGoals(actors[role], 'managed') === null).toBe(managed);
    expect(refusalToEditGoals(actors[role], 'other') === null).toBe(other);
  });

  it('refuses reps before looking at whose goals', () => {
    expect(refusalToEditAnyGoals(actors.REP)).toBe('Reps cannot set goals; ask your team lead.');
    for (const role of ['LEAD', 'MANAGER', 'ADMIN'] as const) expect(refusalToEditAnyGoals(actors[role])).toBeNull();
  });

  it('says why', () => {
    expect(refusalToEditGoals(actors.REP, 'led')).toBe('Reps cannot set goals; ask your team lead.');
    expect(refusalToEditGoals(actors.LEAD, 'other')).toBe('Leads can only set goals for the team they lead.');
    expect(refusalToEditGoals(actors.MANAGER, 'other')).toBe('Managers can only set goals for the teams they manage.');
  });

  it('allows an office only when every team of it is allowed', () => {
    expect(refusalToEditOfficeGoals(actors.MANAGER, ['managed', 'managed-too'])).toBeNull();
    expect(refusalToEditOfficeGoals(actors.MANAGER, ['managed', 'other'])).toMatch(/teams they manage/);
    expect(refusalToEditOfficeGoals(actors.ADMIN, [])).toBeNull();
    expect(refusalToEditOfficeGoals(actors.REP, [])).toMatch(/Reps/);
  });
});

describe('people', () => {
  const rep = (teamId: string | null): PersonFacts => ({ id: 'someone', role: 'REP', teamId });

  it.each(roles)('listing as %s', (role) => {
    const allowed = role === 'ADMIN' || role === 'MANAGER';
    expect(refusalToListPeople(actors[role]) === null).toBe(allowed);
  });

  it('refuses a manager a team filter they do not manage', () => {
    expect(refusalToListPeople(actors.MANAGER, 'other')).toMatch(/teams they manage/);
    expect(refusalToListPeople(actors.MANAGER, 'managed')).toBeNull();
  });

  type Case = [description: string, target: PersonFacts, change: { role?: AdminRole; teamId?: string | null }, allowedFor: AdminRole[], message?: RegExp];
  const cases: Case[] = [
    ['edit a rep of a managed team', rep('managed'), {}, ['MANAGER', 'ADMIN']],
    ['edit a rep of another team', rep('other'), {}, ['ADMIN'], /people in the teams they manage/],
    ['make a managed rep a lead', rep('managed'), { role: 'LEAD' }, ['MANAGER', 'ADMIN']],
    ['make a managed rep a manager', rep('managed'), { role: 'MANAGER' }, ['ADMIN'], /role REP or LEAD/],
    ['make a managed rep an admin', rep('managed'), { role: 'ADMIN' }, ['ADMIN'], /role REP or LEAD/],
    ['move a rep between managed teams', rep('managed'), { teamId: 'managed-too' }, ['MANAGER', 'ADMIN']],
    ['move a managed rep to another team', rep('managed'), { teamId: 'other' }, ['ADMIN'], /move people into the teams/],
    ['move a rep out of any team', rep('managed'), { teamId: null }, ['ADMIN'], /move people into the teams/],
    ['edit another manager', { id: 'boss', role: 'MANAGER', teamId: 'managed' }, {}, ['ADMIN'], /reps and leads/],
    ['invite a rep to a managed team', { id: null, role: 'REP', teamId: 'managed' }, {}, ['MANAGER', 'ADMIN']],
    ['invite a rep to another team', { id: null, role: 'REP', teamId: 'other' }, {}, ['ADMIN'], /add people to the teams/],
    ['invite an admin', { id: null, role: 'ADMIN', teamId: null }, {}, ['ADMIN'], /role REP or LEAD/],
  ];
  describe.each(cases)('%s', (_description, target, change, allowedFor, message) => {
    it.each(roles)('as %s', (role) => {
      const refusal = refusalToManagePerson(actors[role], target, change);
      if (allowedFor.includes(role)) expect(refusal).toBeNull();
      else if (role === 'MANAGER' && message) expect(refusal).toMatch(message);
      else expect(refusal).toMatch(/.+\./);
    });
  });

  it('tells leads and reps that only admins and managers manage people', () => {
    expect(refusalToManagePerson(actors.LEAD, rep('led'))).toBe('Only admins and managers can manage people.');
    expect(refusalToManagePerson(actors.REP, rep('led'))).toBe('Only admins and managers can manage people.');
  });

  it('never lets anyone change their own role or deactivate themselves', () => {
    const self: PersonFacts = { id: 'actor', role: 'ADMIN', teamId: null };
    expect(refusalToManagePerson(actors.ADMIN, self, { role: 'REP' })).toBe('You cannot change your own role.');
    expect(refusalToManagePerson(actors.ADMIN, self, { role: 'ADMIN' })).toBeNull();
    expect(refusalToDeactivate(actors.ADMIN, self)).toBe('You cannot deactivate yourself.');
    expect(refusalToDeactivate(actors.ADMIN, rep('other'))).toBeNull();
    expect(refusalToDeactivate(actors.MANAGER, rep('other'))).toMatch(/teams they manage/);
  });

  it('lets a manager hand deals only to someone in a team they manage', () => {
    expect(refusalToHandOverTo(actors.ADMIN, { teamId: 'other' })).toBeNull();
    expect(refusalToHandOverTo(actors.MANAGER, { teamId: 'managed-too' })).toBeNull();
    expect(refusalToHandOverTo(actors.MANAGER, { teamId: 'other' })).toMatch(/hand deals/);
    expect(refusalToHandOverTo(actors.LEAD, { teamId: 'led' })).toMatch(/Only admins and managers/);
  });
});

describe('TV links', () => {
  const as = (role: 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN', id = 'u1') => ({ id, role });
  it('admins make any; leads only for their own office; nobody else', () => {
    expect(refusalToMakeWallLink(as('ADMIN'), { officeId: null }, null)).toBeNull();
    expect(refusalToMakeWallLink(as('LEAD'), { officeId: 'ny' }, 'ny')).toBeNull();
    expect(refusalToMakeWallLink(as('LEAD'), { officeId: 'london' }, 'ny')).toMatch(/own office/);
    expect(refusalToMakeWallLink(as('LEAD'), { officeId: null }, 'ny')).toMatch(/own office/);
    expect(refusalToMakeWallLink(as('MANAGER'), { officeId: 'ny' }, null)).toMatch(/Only admins and team leads/);
    expect(refusalToMakeWallLink(as('REP'), { officeId: 'ny' }, 'ny')).toMatch(/Only admins and team leads/);
  });

  it('the maker or an admin revokes', () => {
    expect(canRevokeWallLink(as('LEAD', 'maker'), { createdById: 'maker' })).toBe(true);
    expect(canRevokeWallLink(as('LEAD', 'other'), { createdById: 'maker' })).toBe(false);
    expect(canRevokeWallLink(as('ADMIN', 'admin'), { createdById: 'maker' })).toBe(true);
  });
});
