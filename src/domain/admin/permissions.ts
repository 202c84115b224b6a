import { refusalUnlessRunsTeam } from '@/domain/team-roles';

// Who may administer what. Each rule returns why an action is refused, or null when it
// is allowed; the server turns a refusal into a 403 with that sentence, and the admin
// screens use the same functions to hide what the user cannot do.
//
// ADMIN does everything. A MANAGER sets goals for, and manages the people (reps and
// leads only) of, the teams they manage. A LEAD sets goals for the team they lead. A
// REP manages only their own settings (profile, password, API tokens). Offices,
// holidays, teams, exchange rates and the audit log are for admins alone.

export type AdminRole = 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN';

export type AdminActor = {
  id: string;
  role: AdminRole;
  ledTeamIds: readonly string[];
  managedTeamIds: readonly string[];
};

/** What the rules need to know about a person being managed (or about to be invited). */
export type PersonFacts = { id: string | null; role: AdminRole; teamId: string | null };

export type Refusal = string | null;

export type OrganisationSubject = 'offices' | 'holidays' | 'teams' | 'exchange rates' | 'the audit log' | 'imports' | 'integrations' | 'TV framing';

/** Offices, holidays, team settings, exchange rates, the audit log, imports, CRM integrations and TV framing: admins only. */
export function refusalToAdministerOrganisation(actor: AdminActor, subject: OrganisationSubject): Refusal {
  if (actor.role === 'ADMIN') return null;
  return subject === 'the audit log' ? 'Only admins can read the audit log.' : `Only admins can manage ${subject}.`;
}

/** Which teams' settings an actor may read: every team, or a list. */
export function visibleTeamIds(actor: AdminActor): 'all' | readonly string[] {
  switch (actor.role) {
    case 'ADMIN':
      return 'all';
    case 'MANAGER':
      return actor.managedTeamIds;
    case 'LEAD':
      return actor.ledTeamIds;
    case 'REP':
      return [];
  }
}

export function refusalToListTeams(actor: AdminActor): Refusal {
  return actor.role === 'REP' ? 'Reps can only see their own settings.' : null;
}

const repsSetNoGoals = 'Reps cannot set goals; ask your team lead.';

/** Reading or changing the monthly goals of one team. */
export function refusalToEditGoals(actor: AdminActor, teamId: string): Refusal {
  return refusalUnlessRunsTeam(actor, teamId, {
    MANAGER: 'Managers can only set goals for the teams they manage.',
    LEAD: 'Leads can only set goals for the team they lead.',
    REP: repsSetNoGoals,
  });
}

/** Whether the actor may set any goals at all (before looking at whose). */
export function refusalToEditAnyGoals(actor: AdminActor): Refusal {
  return actor.role === 'REP' ? repsSetNoGoals : null;
}

/** Goals of a whole office: admins, or managers who manage every team of that office. */
export function refusalToEditOfficeGoals(actor: AdminActor, officeTeamIds: readonly string[]): Refusal {
  if (actor.role === 'ADMIN') return null;
  if (actor.role === 'REP') return 'Reps cannot set goals; ask your team lead.';
  const refused = officeTeamIds.map((teamId) => refusalToEditGoals(actor, teamId)).find((refusal) => refusal !== null);
  return refused ?? null;
}

const peopleRoleRefusal = 'Only admins and managers can manage people.';

/** Listing people; with a team filter, that team must be one the actor may manage. */
export function refusalToListPeople(actor: AdminActor, teamId?: string | null): Refusal {
  switch (actor.role) {
    case 'ADMIN':
      return null;
    case 'MANAGER':
      return !teamId || actor.managedTeamIds.includes(teamId) ? null : 'Managers can only see the people of the teams they manage.';
    default:
      return peopleRoleRefusal;
  }
}

/**
 * Inviting, editing, resetting the password of or deactivating a person. `change`
 * holds the role and team the person would have afterwards, when they change.
 */
export function refusalToManagePerson(
  actor: AdminActor,
  target: PersonFacts,
  change: { role?: AdminRole; teamId?: string | null } = {},
): Refusal {
  const isSelf = target.id !== null && target.id === actor.id;
  if (isSelf && change.role !== undefined && change.role !== target.role) return 'You cannot change your own role.';
  switch (actor.role) {
    case 'ADMIN':
      return null;
    case 'MANAGER': {
      const managed = (teamId: string | null | undefined) => !!teamId && actor.managedTeamIds.includes(teamId);
      const isGivable = (role: AdminRole) => role === 'REP' || role === 'LEAD';
      if (target.id === null) {
        if (!isGivable(target.role)) return 'Managers can only give the role REP or LEAD.';
        return managed(target.teamId) ? null : 'Managers can only add people to the teams they manage.';
      }
      if (!isGivable(target.role)) return 'Managers can only manage reps and leads.';
      if (change.role !== undefined && !isGivable(change.role)) return 'Managers can only give the role REP or LEAD.';
      if (!managed(target.teamId)) return 'Managers can only manage people in the teams they manage.';
      if (change.teamId !== undefined && change.teamId !== target.teamId && !managed(change.teamId)) {
        return 'Managers can only move people into the teams they manage.';
      }
      return null;
    }
    default:
      return peopleRoleRefusal;
  }
}

/** Deactivating: as managing, and never oneself (an organisation must keep its admin). */
export function refusalToDeactivate(actor: AdminActor, target: PersonFacts): Refusal {
  if (target.id === actor.id) return 'You cannot deactivate yourself.';
  return refusalToManagePerson(actor, target);
}

/** Handing a leaver's open deals over: a manager may only pick someone in a team they manage. */
export function refusalToHandOverTo(actor: AdminActor, recipient: { teamId: string | null }): Refusal {
  if (actor.role === 'ADMIN') return null;
  if (actor.role === 'MANAGER' && recipient.teamId && actor.managedTeamIds.includes(recipient.teamId)) return null;
  if (actor.role === 'MANAGER') return 'Managers can only hand deals to people in the teams they manage.';
  return peopleRoleRefusal;
}

// TV links (read-only wallboards): admins for any office or the company, team leads for
// their own team's office; the one who made a link, or an admin, revokes it.

/** Making a TV link for the company (officeId null) or one office; `ownOfficeId` is the office of the actor's team. */
export function refusalToMakeWallLink(actor: Pick<AdminActor, 'role'>, link: { officeId: string | null }, ownOfficeId: string | null): Refusal {
  if (actor.role === 'ADMIN') return null;
  if (actor.role !== 'LEAD') return 'Only admins and team leads can make wallboard links.';
  return link.officeId !== null && link.officeId === ownOfficeId ? null : 'Team leads can make wallboard links for their own office only.';
}

/** Revoking a TV link: its maker or an admin (to anyone else it reads as missing). */
export function canRevokeWallLink(actor: Pick<AdminActor, 'id' | 'role'>, link: { createdById: string }): boolean {
  return actor.role === 'ADMIN' || link.createdById === actor.id;
}

/** True when the rule allows it; for the browser. */
export function isAllowed(refusal: Refusal): boolean {
  return refusal === null;
}
