import { describe, expect, it } from 'vitest';
import { refusalUnlessRunsTeam, runsTeam, type TeamRoleActor } from './team-roles';

const actor = (role: TeamRoleActor['role']): TeamRoleActor => ({ role, ledTeamIds: role === 'LEAD' ? ['north'] : [], managedTeamIds: role === 'MANAGER' ? ['north'] : [] });
const reasons = { MANAGER: 'not a team you manage', LEAD: 'not a team you lead', REP: 'reps do not run teams' };

describe('runsTeam', () => {
  it.each([
    ['ADMIN', 'north', true],
    ['ADMIN', 'south', true],
    ['MANAGER', 'north', true],
    ['MANAGER', 'south', false],
    ['LEAD', 'north', true],
    ['LEAD', 'south', false],
    ['REP', 'north', false],
  ] as const)('%s and team %s: %s', (role, teamId, expected) => {
    expect(runsTeam(actor(role), teamId)).toBe(expected);
    expect(refusalUnlessRunsTeam(actor(role), teamId, reasons)).toBe(expected ? null : reasons[role as keyof typeof reasons]);
  });
});
