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

// Each rule, and which role may do it to which kind of deal (own, teammate, ledTeam, managedTeam, otherTeam).
const matrices: { action: string; isAllowed: (actor: BoardActor, kind: DealKind) => boolean; allowed: Record<BoardRole, Row> }[] = [
  {
    // Team board: the board of the deal's team.
    action: 'viewing the board of the deal',
    isAllowed: (actor, kind) => canViewTeamBoard(actor, deals[kind].teamId),
    allowed: { REP: [true, true, false, false, false], LEAD: [true, true, true, false, false], MANAGER: [true, true, false, true, false], ADMIN: [true, true, true, true, true] },
  },
  {
    action: 'editing the deal',
    isAllowed: (actor, kind) => canEditDeal(actor, deals[kind]),
    allowed: { REP: [true, false, false, false, false], LEAD: [true, true, true, false, false], MANAGER: [true, false, false, true, false], ADMIN: [true, true, true, true, true] },
  },
  {
    // Handing the deal to another active rep of the deal's own team.
    action: 'giving the deal to a rep of that team',
    isAllowed: (actor, kind) => canAssignDeal(actor, deals[kind], { id: 'receiver', teamId: deals[kind].teamId, active: true }),
    allowed: { REP: [false, false, false, false, false], LEAD: [true, true, true, false, false], MANAGER: [false, false, false, true, false], ADMIN: [true, true, true, true, true] },
  },
  {
    // Creating a deal for the person who owns that kind of deal.
    action: 'creating a deal for the deal’s owner',
    isAllowed: (actor, kind) => canCreateDealFor(actor, { id: deals[kind].ownerId, teamId: deals[kind].teamId, active: true }),
    allowed: { REP: [true, false, false, false, false], LEAD: [true, true, true, false, false], MANAGER: [true, false, false, true, false], ADMIN: [true, true, true, true, true] },
  },
];

describe.each(matrices)('permission matrix: role × whose deal, $action', ({ isAllowed, allowed }) => {
  it.each(matrixCases(allowed))('$role, a $kind deal: $expected', ({ role, kind, expected }) => {
    expect(isAllowed(actors[role], kind)).toBe(expected);
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

  it.each([
    ['REP', 'north', false],
    ['LEAD', 'east', true],
    ['MANAGER', 'north', false],
    ['ADMIN', 'anything', true],
  ] as const)('%s edits the deals of team %s as a whole: %s', (role, teamId, expected) => {
    expect(canEditTeamDeals(actors[role], teamId)).toBe(expected);
  });
});

const activeNorthRep = { id: 'receiver', teamId: 'north', active: true };
const eastRep = { id: 'receiver', teamId: 'east', active: true };
const westRep = { id: 'receiver', teamId: 'west', active: true };

describe('handing deals over', () => {
  it('lets a rep keep themselves as owner, and nothing more', () => {
    expect(canAssignDeal(actors.REP, deals.own, { id: 'actor', teamId: 'north', active: true })).toBe(true);
    expect(canAssignDeal(actors.REP, deals.own, activeNorthRep)).toBe(false);
  });

  it('treats keeping the current owner as an ordinary change', () => {
    const currentOwner = { id: 'teammate', teamId: 'north', active: true };
    expect(canAssignDeal(actors.LEAD, deals.teammate, currentOwner)).toBe(true);
    expect(canAssignDeal(actors.REP, deals.teammate, currentOwner)).toBe(false);
  });

  it('moves deals between teams where the actor can edit both sides', () => {
    expect(canAssignDeal(actors.LEAD, deals.teammate, eastRep)).toBe(true);
  });

  it('lets a lead take a deal of a team they lead for themselves', () => {
    expect(canAssignDeal(actors.LEAD, deals.ledTeam, { id: 'actor', teamId: 'north', active: true })).toBe(true);
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
});

// Each refusal says, in the words of the actor's role, what they may do instead.
describe('refusals', () => {
  it.each<[situation: string, run: () => void, message: string]>([
    ['a rep viewing another team', () => assertCanViewTeamBoard(actors.REP, 'west'), "Reps can only see their own team's board."],
    ['a lead viewing another team', () => assertCanViewTeamBoard(actors.LEAD, 'west'), 'Leads can only see the boards of their own team and the teams they lead.'],
    ['a manager viewing another team', () => assertCanViewTeamBoard(actors.MANAGER, 'west'), 'Managers can only see the boards of the teams they manage.'],
    ['a rep moving a teammate’s deal', () => assertCanEditDeal(actors.REP, deals.teammate, 'move'), 'Reps can only move their own deals.'],
    ['a rep changing a teammate’s deal', () => assertCanEditDeal(actors.REP, deals.teammate), 'Reps can only change their own deals.'],
    ['a lead closing another team’s deal', () => assertCanEditDeal(actors.LEAD, deals.otherTeam, 'close'), 'Leads can only close deals of the teams they lead.'],
    ['a manager deleting another team’s deal', () => assertCanEditDeal(actors.MANAGER, deals.otherTeam, 'delete'), 'Managers can only delete deals of the teams they manage.'],
    ['a rep giving their deal away', () => assertCanAssignDeal(actors.REP, deals.own, activeNorthRep), 'Reps cannot give their deals to someone else. Ask your team lead.'],
    ['an admin giving a deal to someone deactivated', () => assertCanAssignDeal(actors.ADMIN, deals.teammate, { ...activeNorthRep, active: false }), 'Deals can only belong to active users, and this user has been deactivated.'],
    ['an admin giving a deal to someone without a team', () => assertCanAssignDeal(actors.ADMIN, deals.teammate, { ...activeNorthRep, teamId: null }), 'Deals belong to a team, and this user is not on one.'],
    ['a lead giving a deal to a team they do not lead', () => assertCanAssignDeal(actors.LEAD, deals.teammate, westRep), 'Leads can only give deals to reps on the teams they lead.'],
    ['a lead reassigning another team’s deal', () => assertCanAssignDeal(actors.LEAD, deals.otherTeam, eastRep), 'Leads can only reassign deals of the teams they lead.'],
    ['a manager giving a deal to a team they do not manage', () => assertCanAssignDeal(actors.MANAGER, deals.managedTeam, westRep), 'Managers can only give deals to reps on the teams they manage.'],
    ['a lead creating a deal for someone deactivated', () => assertCanCreateDealFor(actors.LEAD, { id: 'teammate', teamId: 'north', active: false }), 'Deals can only belong to active users, and this user has been deactivated.'],
    ['a rep without a team creating a deal', () => assertCanCreateDealFor(actors.REP, { id: 'actor', teamId: null, active: true }), 'You are not on a team yet, so you cannot hold deals.'],
    ['a rep creating a deal for a teammate', () => assertCanCreateDealFor(actors.REP, { id: 'teammate', teamId: 'north', active: true }), 'Reps can only create deals for themselves.'],
    ['a lead creating a deal for another team', () => assertCanCreateDealFor(actors.LEAD, { id: 'west-rep', teamId: 'west', active: true }), 'Leads can only create deals for reps on the teams they lead.'],
    ['a manager viewing the company board', () => assertCanViewCompanyBoard(actors.MANAGER), 'Only admins can see the company board.'],
    ['a rep viewing a manager’s board', () => assertCanViewManagerBoard(actors.REP, 'boss'), "Only admins and the manager themselves can see a manager's board."],
  ])('%s', (_situation, run, message) => {
    expect(refusalOf(run)).toBe(message);
  });

  it.each<[situation: string, run: () => void]>([
    ['a rep viewing their own team', () => assertCanViewTeamBoard(actors.REP, 'north')],
    ['a rep moving their own deal', () => assertCanEditDeal(actors.REP, deals.own, 'move')],
    ['a rep creating a deal for themselves', () => assertCanCreateDealFor(actors.REP, { id: 'actor', teamId: 'north', active: true })],
    ['an admin viewing the company board', () => assertCanViewCompanyBoard(actors.ADMIN)],
    ['a manager viewing their own board', () => assertCanViewManagerBoard(actors.MANAGER, 'actor')],
  ])('allows %s', (_situation, run) => {
    expect(run).not.toThrow();
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
