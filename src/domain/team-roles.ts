// Who runs a team: the rule several areas share. A team's lead, its manager and admins
// run the team (its board settings, its rituals, its goals, its deals); reps do not.

export type TeamRole = 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN';

/** What the rule needs to know about the actor. */
export type TeamRoleActor = { role: TeamRole; ledTeamIds: readonly string[]; managedTeamIds: readonly string[] };

/** Whether the actor runs the team: an admin any team, a manager the teams they manage, a lead the teams they lead. */
export function runsTeam(actor: TeamRoleActor, teamId: string): boolean {
  switch (actor.role) {
    case 'ADMIN':
      return true;
    case 'MANAGER':
      return actor.managedTeamIds.includes(teamId);
    case 'LEAD':
      return actor.ledTeamIds.includes(teamId);
    case 'REP':
      return false;
  }
}

/** Null when the actor runs the team; otherwise why not, in the words for their role. */
export function refusalUnlessRunsTeam(actor: TeamRoleActor, teamId: string, reasons: Record<Exclude<TeamRole, 'ADMIN'>, string>): string | null {
  if (actor.role === 'ADMIN' || runsTeam(actor, teamId)) return null;
  return reasons[actor.role];
}
