import { describe, expect, it } from 'vitest';
import { BoardRuleError } from './board-rule-error';
import {
  assertCanAssignDeal,
  assertCanChangeBoardSettings,
  assertCanCreateDealFor,
  assertCanEditDeal,
  assertCanViewCompanyBoard,
  assertCanViewManagerBoard,
  assertCanViewTeamBoard,
  canAssignDeal,
  canChangeBoardSettings,
  canCreateDealFor,
  canEditDeal,
  canEditTeamDeals,
  canViewCompanyBoard,
  canViewManagerBoard,
  canViewTeamBoard,
  type BoardActor,
  type BoardRole,
  type DealOwnership,
} from './permissions';

// Teams: north is the actor's own team, east is another team a lead leads, south a team
// a manager manages, west a team the actor has nothing to do with.
const actors: Record<BoardRole, BoardActor> = {
  REP: { id: 'actor', role: 'REP', teamId: 'north', ledTeamIds: [], managedTeamIds: [] },
  LEAD: { id: 'actor', role: 'LEAD', teamId: 'north', ledTeamIds: ['north', 'east'], managedTeamIds: [] },
  MANAGER: { id: 'actor', role: 'MANAGER', teamId: 'north', ledTeamIds: [], managedTeamIds: ['south'] },
  ADMIN: { id: 'actor', role: 'ADMIN', teamId: null, ledTeamIds: [], managedTeamIds: [] },
};

const deals = {
  own: { ownerId: 'actor', teamId: 'north' },
  teammate: { ownerId: 'teammate', teamId: 'north' },
  ledTeam: { ownerId: 'east-rep', teamId: 'east' },
  managedTeam: { ownerId: 'south-rep', teamId: 'south' },
  otherTeam: { ownerId: 'west-rep', teamId: 'west' },
} satisfies Record<string, DealOwnership>;
type DealKind = keyof typeof deals;

type Row = [own: boolean, teammate: boolean, ledTeam: boolean, managedTeam: boolean, otherTeam: boolean];
const dealKinds: DealKind[] = ['own', 'teammate', 'ledTeam', 'managedTeam', 'otherTeam'];

function matrixCases(matrix: Record<BoardRole, Row>) {
  return (Object.keys(matrix) as BoardRole[]).flatMap((role) =>
    dealKinds.map((kind, index) => ({ role, kind, expected: matrix[role][index]! })),
  );
}

describe('permission matrix: role × whose deal', () => {
  // Team board: the board of the deal's team.
  it.each(
    matrixCases({
      REP: [true, true, false, false, false],
      LEAD: [true, true, true, false, false],
      MANAGER: [true, true, false, true, false],
      ADMIN: [true, true, true, true, true],
    }),
  )('$role viewing the board of a $kind deal: $expected', ({ role, kind, expected }) => {
    expect(canViewTeamBoard(actors[role], deals[kind].teamId)).toBe(expected);
  });

  it.each(
    matrixCases({
      REP: [true, false, false, false, false],
      LEAD: [true, true, true, false, false],
      MANAGER: [true, false, false, true, false],
      ADMIN: [true, true, true, true, true],
    }),
  )('$role editing a $kind deal: $expected', ({ role, kind, expected }) => {
    expect(canEditDeal(actors[role], deals[kind])).toBe(expected);
  });

  // Handing the deal to another active rep of the deal's own team.
  it.each(
    matrixCases({
      REP: [false, false, false, false, false],
      LEAD: [true, true, true, false, false],
      MANAGER: [false, false, false, true, false],
      ADMIN: [true, true, true, true, true],
    }),
  )('$role giving a $kind deal to a rep of that team: $expected', ({ role, kind, expected }) => {
    const receiver = { id: 'receiver', teamId: deals[kind].teamId, active: true };
    expect(canAssignDeal(actors[role], deals[kind], receiver)).toBe(expected);
  });

  // Creating a deal for the person who owns that kind of deal.
  it.each(
    matrixCases({
      REP: [true, false, false, false, false],
      LEAD: [true, true, true, false, false],
      MANAGER: [true, false, false, true, false],
      ADMIN: [true, true, true, true, true],
    }),
  )('$role creating a deal for the owner of a $kind deal: $expected', ({ role, kind, expected }) => {
    const owner = { id: deals[kind].ownerId, teamId: deals[kind].teamId, active: true };
    expect(canCreateDealFor(actors[role], owner)).toBe(expected);
  });
});

function refusalOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BoardRuleError);
    expect((error as BoardRuleError).code).toBe('FORBIDDEN');
    return (error as BoardRuleError).message;
  }
  throw new Error('Expected the action to be refused');
}

describe('team boards', () => {
  it('lets a rep with no team see no team board', () => {
    const drifter: BoardActor = { ...actors.REP, teamId: null };
    expect(canViewTeamBoard(drifter, 'north')).toBe(false);
  });

  it('lets a manager with no team of their own see only the teams they manage', () => {
    const manager: BoardActor = { ...actors.MANAGER, teamId: null };
    expect(canViewTeamBoard(manager, 'south')).toBe(true);
    expect(canViewTeamBoard(manager, 'north')).toBe(false);
  });

  it('explains a refusal in the words of the role', () => {
    expect(refusalOf(() => assertCanViewTeamBoard(actors.REP, 'west'))).toBe("Reps can only see their own team's board.");
    expect(refusalOf(() => assertCanViewTeamBoard(actors.LEAD, 'west'))).toContain('Leads can only see');
    expect(refusalOf(() => assertCanViewTeamBoard(actors.MANAGER, 'west'))).toContain('Managers can only see');
    expect(() => assertCanViewTeamBoard(actors.REP, 'north')).not.toThrow();
  });
});

describe('editing deals', () => {
  it('does not let a lead change teammates’ deals in a team somebody else leads', () => {
    const lead: BoardActor = { ...actors.LEAD, ledTeamIds: ['east'] };
    expect(canEditDeal(lead, deals.teammate)).toBe(false);
    expect(canEditDeal(lead, deals.own)).toBe(true);
    expect(canViewTeamBoard(lead, 'north')).toBe(true);
  });

  it('lets a lead change the deals of a team they lead without being a member', () => {
    const lead: BoardActor = { ...actors.LEAD, teamId: null, ledTeamIds: ['west'] };
    expect(canEditDeal(lead, deals.otherTeam)).toBe(true);
  });

  it('names the action in the refusal', () => {
    expect(refusalOf(() => assertCanEditDeal(actors.REP, deals.teammate, 'move'))).toBe('Reps can only move their own deals.');
    expect(refusalOf(() => assertCanEditDeal(actors.REP, deals.teammate))).toBe('Reps can only change their own deals.');
    expect(refusalOf(() => assertCanEditDeal(actors.LEAD, deals.otherTeam, 'close'))).toBe('Leads can only close deals of the teams they lead.');
    expect(refusalOf(() => assertCanEditDeal(actors.MANAGER, deals.otherTeam, 'delete'))).toBe(
      'Managers can only delete deals of the teams they manage.',
    );
    expect(() => assertCanEditDeal(actors.REP, deals.own, 'move')).not.toThrow();
  });

  it('knows which teams each role edits as a whole', () => {
    expect(canEditTeamDeals(actors.REP, 'north')).toBe(false);
    expect(canEditTeamDeals(actors.LEAD, 'east')).toBe(true);
    expect(canEditTeamDeals(actors.MANAGER, 'north')).toBe(false);
    expect(canEditTeamDeals(actors.ADMIN, 'anything')).toBe(true);
  });
});

describe('handing deals over', () => {
  const activeNorthRep = { id: 'receiver', teamId: 'north', active: true };

  it('lets a rep keep themselves as owner, and nothing more', () => {
    expect(canAssignDeal(actors.REP, deals.own, { id: 'actor', teamId: 'north', active: true })).toBe(true);
    expect(refusalOf(() => assertCanAssignDeal(actors.REP, deals.own, activeNorthRep))).toContain('Reps cannot give their deals');
  });

  it('treats keeping the current owner as an ordinary change', () => {
    const currentOwner = { id: 'teammate', teamId: 'north', active: true };
    expect(canAssignDeal(actors.LEAD, deals.teammate, currentOwner)).toBe(true);
    expect(canAssignDeal(actors.REP, deals.teammate, currentOwner)).toBe(false);
  });

  it('refuses an inactive new owner or one without a team, even for an admin', () => {
    expect(refusalOf(() => assertCanAssignDeal(actors.ADMIN, deals.teammate, { ...activeNorthRep, active: false }))).toContain('deactivated');
    expect(refusalOf(() => assertCanAssignDeal(actors.ADMIN, deals.teammate, { ...activeNorthRep, teamId: null }))).toContain(
      'not on one',
    );
  });

  it('moves deals between teams only where the actor can edit both sides', () => {
    const eastRep = { id: 'receiver', teamId: 'east', active: true };
    const westRep = { id: 'receiver', teamId: 'west', active: true };
    expect(canAssignDeal(actors.LEAD, deals.teammate, eastRep)).toBe(true);
    expect(refusalOf(() => assertCanAssignDeal(actors.LEAD, deals.teammate, westRep))).toBe(
      'Leads can only give deals to reps on the teams they lead.',
    );
    expect(refusalOf(() => assertCanAssignDeal(actors.LEAD, deals.otherTeam, eastRep))).toBe(
      'Leads can only reassign deals of the teams they lead.',
    );
    expect(refusalOf(() => assertCanAssignDeal(actors.MANAGER, deals.managedTeam, westRep))).toBe(
      'Managers can only give deals to reps on the teams they manage.',
    );
  });

  it('lets a lead take a deal of a team they lead for themselves', () => {
    expect(canAssignDeal(actors.LEAD, deals.ledTeam, { id: 'actor', teamId: 'north', active: true })).toBe(true);
  });
});

describe('creating deals', () => {
  it('refuses deals for inactive users and for users without a team', () => {
    expect(refusalOf(() => assertCanCreateDealFor(actors.LEAD, { id: 'teammate', teamId: 'north', active: false }))).toContain(
      'deactivated',
    );
    expect(refusalOf(() => assertCanCreateDealFor(actors.REP, { id: 'actor', teamId: null, active: true }))).toBe(
      'You are not on a team yet, so you cannot hold deals.',
    );
  });

  it('explains who a rep or a lead may create deals for', () => {
    expect(refusalOf(() => assertCanCreateDealFor(actors.REP, { id: 'teammate', teamId: 'north', active: true }))).toBe(
      'Reps can only create deals for themselves.',
    );
    expect(refusalOf(() => assertCanCreateDealFor(actors.LEAD, { id: 'west-rep', teamId: 'west', active: true }))).toBe(
      'Leads can only create deals for reps on the teams they lead.',
    );
    expect(() => assertCanCreateDealFor(actors.REP, { id: 'actor', teamId: 'north', active: true })).not.toThrow();
  });
});

describe('company and manager boards', () => {
  it.each([
    ['REP', false],
    ['LEAD', false],
    ['MANAGER', false],
    ['ADMIN', true],
  ] as const)('company board for %s: %s', (role, expected) => {
    expect(canViewCompanyBoard(actors[role])).toBe(expected);
  });

  it('shows a manager board to admins and to that manager only', () => {
    expect(canViewManagerBoard(actors.ADMIN, 'someone')).toBe(true);
    expect(canViewManagerBoard(actors.MANAGER, 'actor')).toBe(true);
    expect(canViewManagerBoard(actors.MANAGER, 'another-manager')).toBe(false);
    // Someone who is not a manager has no manager board, even their own id's.
    expect(canViewManagerBoard(actors.LEAD, 'actor')).toBe(false);
  });

  it('explains the refusals', () => {
    expect(refusalOf(() => assertCanViewCompanyBoard(actors.MANAGER))).toBe('Only admins can see the company board.');
    expect(refusalOf(() => assertCanViewManagerBoard(actors.REP, 'boss'))).toContain("manager's board");
    expect(() => assertCanViewCompanyBoard(actors.ADMIN)).not.toThrow();
    expect(() => assertCanViewManagerBoard(actors.MANAGER, 'actor')).not.toThrow();
  });
});

describe("a team's board settings", () => {
  // north: the lead's own team and one they lead; east: led; south: managed; west: nobody's.
  const expected: Record<BoardRole, Record<'north' | 'east' | 'south' | 'west', boolean>> = {
    REP: { north: false, east: false, south: false, west: false },
    LEAD: { north: true, east: true, south: false, west: false },
    MANAGER: { north: false, east: false, south: true, west: false },
    ADMIN: { north: true, east: true, south: true, west: true },
  };
  it.each(Object.entries(expected))('%s may change exactly the teams it leads or manages (admins: all)', (role, teams) => {
    for (const [teamId, allowed] of Object.entries(teams)) {
      expect(canChangeBoardSettings(actors[role as BoardRole], teamId), `${role} on ${teamId}`).toBe(allowed);
    }
  });
  it('refuses in the words of the role, as a board rule', () => {
    expect(() => assertCanChangeBoardSettings(actors.REP, 'north')).toThrow(BoardRuleError);
    expect(() => assertCanChangeBoardSettings(actors.REP, 'north')).toThrow("Only the team's lead, its manager or an admin can change its board settings.");
    expect(() => assertCanChangeBoardSettings(actors.MANAGER, 'north')).toThrow('Managers can only change the board settings of the teams they manage.');
  });
});
