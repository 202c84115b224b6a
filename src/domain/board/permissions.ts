import { BoardRuleError } from './board-rule-error';
import { refusalUnlessRunsTeam, runsTeam } from '@/domain/team-roles';

// Who may see which board and who may change which deal.
//
// Every rule below is written once, as a function that returns why the action is
// refused (or null when it is allowed). `can…` answers yes or no for the browser (to
// hide a button or refuse a drag); `assertCan…` throws BoardRuleError('FORBIDDEN') with
// that reason for the server.
//
// Whoever owns a deal may always change it, whatever their role: leads and managers who
// also sell keep the rights a rep has over their own deals.

export const boardRoles = ['REP', 'LEAD', 'MANAGER', 'ADMIN'] as const;
export type BoardRole = (typeof boardRoles)[number];

export type BoardActor = {
  id: string;
  role: BoardRole;
  /** The team the actor is a member of, if any. */
  teamId: string | null;
  ledTeamIds: readonly string[];
  managedTeamIds: readonly string[];
};

/** The two facts about a deal that the rules depend on. */
export type DealOwnership = { ownerId: string; teamId: string };

/** A user who would own a deal (a new deal, or one being handed over). */
export type OwnerCandidate = { id: string; teamId: string | null; active: boolean };

/** The verb used in refusal messages, e.g. "Reps can only move their own deals". */
export type DealAction = 'change' | 'move' | 'close' | 'reopen' | 'delete' | 'restore' | 'reassign';

type Refusal = string | null;

/** A refusal in the words of the actor's role; an admin is never refused. */
function refusalByRole(actor: BoardActor, words: Record<Exclude<BoardRole, 'ADMIN'>, string>): Refusal {
  return actor.role === 'ADMIN' ? null : words[actor.role];
}

// Team boards

function refusalToViewTeamBoard(actor: BoardActor, teamId: string): Refusal {
  const isOwnTeam = actor.teamId === teamId;
  switch (actor.role) {
    case 'ADMIN':
      return null;
    case 'MANAGER':
      return isOwnTeam || actor.managedTeamIds.includes(teamId) ? null : 'Managers can only see the boards of the teams they manage.';
    case 'LEAD':
      return isOwnTeam || actor.ledTeamIds.includes(teamId) ? null : 'Leads can only see the boards of their own team and the teams they lead.';
    case 'REP':
      return isOwnTeam ? null : "Reps can only see their own team's board.";
  }
}

export function canViewTeamBoard(actor: BoardActor, teamId: string): boolean {
  return refusalToViewTeamBoard(actor, teamId) === null;
}

export function assertCanViewTeamBoard(actor: BoardActor, teamId: string): void {
  throwIfRefused(refusalToViewTeamBoard(actor, teamId));
}

/**
 * Whether the actor may change any deal of a team, and give deals to its members:
 * a lead for the teams they lead, a manager for the teams they manage, an admin for all.
 */
export function canEditTeamDeals(actor: BoardActor, teamId: string): boolean {
  return runsTeam(actor, teamId);
}

// Changing a deal

function refusalToEditDeal(actor: BoardActor, deal: DealOwnership, action: DealAction): Refusal {
  if (deal.ownerId === actor.id || canEditTeamDeals(actor, deal.teamId)) return null;
  return refusalByRole(actor, {
    MANAGER: `Managers can only ${action} deals of the teams they manage.`,
    LEAD: `Leads can only ${action} deals of the teams they lead.`,
    REP: `Reps can only ${action} their own deals.`,
  });
}

export function canEditDeal(actor: BoardActor, deal: DealOwnership): boolean {
  return refusalToEditDeal(actor, deal, 'change') === null;
}

export function assertCanEditDeal(actor: BoardActor, deal: DealOwnership, action: DealAction = 'change'): void {
  throwIfRefused(refusalToEditDeal(actor, deal, action));
}

// Handing a deal to someone else

function refusalToAssignDeal(actor: BoardActor, deal: DealOwnership, newOwner: OwnerCandidate): Refusal {
  // Keeping the current owner hands nothing over: it is an ordinary change.
  if (newOwner.id === deal.ownerId) return refusalToEditDeal(actor, deal, 'change');
  if (actor.role === 'REP') return 'Reps cannot give their deals to someone else. Ask your team lead.';
  const refusal = refusalToEditDeal(actor, deal, 'reassign');
  if (refusal !== null) return refusal;
  return refusalToOwn(actor, newOwner, 'give deals to');
}

/** Whether the actor may make `newOwner` the owner of the deal. */
export function canAssignDeal(actor: BoardActor, deal: DealOwnership, newOwner: OwnerCandidate): boolean {
  return refusalToAssignDeal(actor, deal, newOwner) === null;
}

export function assertCanAssignDeal(actor: BoardActor, deal: DealOwnership, newOwner: OwnerCandidate): void {
  throwIfRefused(refusalToAssignDeal(actor, deal, newOwner));
}

// Creating a deal

function refusalToCreateDealFor(actor: BoardActor, owner: OwnerCandidate): Refusal {
  if (owner.id !== actor.id && actor.role === 'REP') return 'Reps can only create deals for themselves.';
  return refusalToOwn(actor, owner, 'create deals for');
}

export function canCreateDealFor(actor: BoardActor, owner: OwnerCandidate): boolean {
  return refusalToCreateDealFor(actor, owner) === null;
}

export function assertCanCreateDealFor(actor: BoardActor, owner: OwnerCandidate): void {
  throwIfRefused(refusalToCreateDealFor(actor, owner));
}

/** Whether `owner` can hold a deal the actor puts in their name. */
function refusalToOwn(actor: BoardActor, owner: OwnerCandidate, verb: string): Refusal {
  const isSelf = owner.id === actor.id;
  if (!owner.active) return 'Deals can only belong to active users, and this user has been deactivated.';
  if (owner.teamId === null) {
    return isSelf ? 'You are not on a team yet, so you cannot hold deals.' : 'Deals belong to a team, and this user is not on one.';
  }
  if (isSelf || canEditTeamDeals(actor, owner.teamId)) return null;
  return refusalByRole(actor, {
    MANAGER: `Managers can only ${verb} reps on the teams they manage.`,
    LEAD: `Leads can only ${verb} reps on the teams they lead.`,
    REP: `Reps can only ${verb} themselves.`,
  });
}

// Boards wider than a team

export function canViewCompanyBoard(actor: BoardActor): boolean {
  return actor.role === 'ADMIN';
}

export function assertCanViewCompanyBoard(actor: BoardActor): void {
  throwIfRefused(canViewCompanyBoard(actor) ? null : 'Only admins can see the company board.');
}

/** The board of every team a manager manages: for admins and that manager. */
export function canViewManagerBoard(actor: BoardActor, managerId: string): boolean {
  return actor.role === 'ADMIN' || (actor.role === 'MANAGER' && actor.id === managerId);
}

export function assertCanViewManagerBoard(actor: BoardActor, managerId: string): void {
  throwIfRefused(canViewManagerBoard(actor, managerId) ? null : "Only admins and the manager themselves can see a manager's board.");
}

// A team's board settings: when a card counts as stale, and the stage weights

/**
 * Who may set a team's "stale after" days and stage weights: the team's lead, its
 * manager, or an admin. The team runs its own board; reps use it as it is set.
 */
export function refusalToChangeBoardSettings(actor: BoardActor, teamId: string): Refusal {
  return refusalUnlessRunsTeam(actor, teamId, {
    MANAGER: 'Managers can only change the board settings of the teams they manage.',
    LEAD: "Leads can only change their own team's board settings.",
    REP: "Only the team's lead, its manager or an admin can change its board settings.",
  });
}

export function canChangeBoardSettings(actor: BoardActor, teamId: string): boolean {
  return refusalToChangeBoardSettings(actor, teamId) === null;
}

export function assertCanChangeBoardSettings(actor: BoardActor, teamId: string): void {
  throwIfRefused(refusalToChangeBoardSettings(actor, teamId));
}

function throwIfRefused(refusal: Refusal): void {
  if (refusal !== null) throw new BoardRuleError('FORBIDDEN', refusal);
}
