import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { redirect } from 'next/navigation';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { listTeams } from '@/server/use-cases/list-teams';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';

export const metadata: Metadata = { title: 'Sprints' };

// GET /sprints — the user's team's current sprint: their own team, else the first team
// they lead or manage. Admins without a team pick one.
export default async function SprintsIndexPage() {
  const user = await requireSessionUser('/sprints');
  const actor = user;
  const teamId = user.teamId ?? actor.ledTeamIds[0] ?? actor.managedTeamIds[0];
  if (teamId) redirect(`/sprints/${encodeURIComponent(teamId)}`);

  if (user.role !== 'ADMIN') {
    return (
      <SprintProblem
        title="You are not on a team"
        message="Sprints belong to teams. Ask an admin to add you to one, then your team’s sprint shows here."
        backHref="/"
        backLabel="Go home"
      />
    );
  }
  const { data: teams, problem } = await loadOrProblem(() => listTeams({ actor: user }));
  if (problem) return <SprintProblem {...problem} backHref="/" backLabel="Go home" />;
  return (
    <div className="sprint-page">
      <h1 className="page-title">Sprints</h1>
      <p className="page-subtitle">Choose a team to see its current sprint, standup and retrospective.</p>
      {teams.length === 0 ? (
        <p className="empty">There are no teams yet. Add one under Admin → Teams.</p>
      ) : (
        <ul className="sprint-team-list" aria-label="Teams">
          {teams.map((team) => (
            <li key={team.id}>
              <AppLink href={`/sprints/${encodeURIComponent(team.id)}`} className="sprint-team-link">
                <span className="swatch" style={{ background: team.colour }} aria-hidden="true" />
                <span>{team.name}</span>
                <span className="muted small">{team.officeName}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
