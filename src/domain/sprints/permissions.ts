import { canViewTeamBoard, type BoardActor } from '@/domain/board/permissions';
import { refusalUnlessRunsTeam } from '@/domain/team-roles';

// Who may do what around sprints. A refusal is the reason, in words; null allows.
// Running a team's rituals (standup, retrospective action items, blockers) belongs to
// its lead, its manager and admins. Forecasts are each rep's own statement.

export type Refusal = string | null;

export function refusalToRunRituals(actor: BoardActor, teamId: string): Refusal {
  return refusalUnlessRunsTeam(actor, teamId, {
    MANAGER: 'Managers can only run the standups and retrospectives of the teams they manage.',
    LEAD: "Leads can only run their own team's standup and retrospective.",
    REP: "Only the team's lead, its manager or an admin can run its standup and retrospective.",
  });
}

export function refusalToEditForecast(actor: BoardActor, repId: string): Refusal {
  return actor.id === repId ? null : 'You can only change your own forecast.';
}

/** The team's own members add notes to its retrospective, as do those who run it. */
export function refusalToAddNotes(actor: BoardActor, teamId: string): Refusal {
  if (actor.teamId === teamId) return null;
  return refusalToRunRituals(actor, teamId) === null ? null : "Only the team's members, lead, manager or an admin can add notes to its retrospective.";
}

export function refusalToChangeNote(actor: BoardActor, note: { authorId: string | null; teamId: string }): Refusal {
  if (note.authorId !== null && note.authorId === actor.id) return null;
  return refusalToRunRituals(actor, note.teamId) === null ? null : "Only a note's author or the team's lead, manager or an admin can change it.";
}

export function refusalToUpdateActionItem(actor: BoardActor, item: { ownerId: string; teamId: string }): Refusal {
  if (item.ownerId === actor.id) return null;
  return refusalToRunRituals(actor, item.teamId) === null ? null : "Only the action item's owner or the team's lead, manager or an admin can change it.";
}

// Reading across teams. A team's sprint (its forecasts, commitments, standup and
// retrospective) is read by those who may see its board. Retro notes travel further when
// they are shared practice, which is what went well: every team may find those in the
// search. What a team wants to improve (and the deals it names) stays with the team.

export type NoteVisibilityFacts = { teamId: string; kind: 'WENT_WELL' | 'TO_IMPROVE' };

/** Whether a retro note is shared practice, found by every team. */
export function isSharedPractice(note: Pick<NoteVisibilityFacts, 'kind'>): boolean {
  return note.kind === 'WENT_WELL';
}

/** Whether the actor may read a team's sprint in full (forecasts per rep, every note). */
export function canReadTeamSprint(actor: BoardActor, teamId: string): boolean {
  return canViewTeamBoard(actor, teamId);
}

export function canReadNote(actor: BoardActor, note: NoteVisibilityFacts): boolean {
  return isSharedPractice(note) || canReadTeamSprint(actor, note.teamId);
}

/** The teams whose sprints the actor reads in full, as a filter: every team, or these. */
export function teamsReadInFull(actor: BoardActor): 'all' | string[] {
  if (actor.role === 'ADMIN') return 'all';
  const candidates = [actor.teamId, ...actor.ledTeamIds, ...actor.managedTeamIds].filter((teamId): teamId is string => teamId !== null);
  return [...new Set(candidates)].filter((teamId) => canReadTeamSprint(actor, teamId));
}
