import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getStandup } from '@/server/use-cases/get-standup';
import { SprintHeader } from '@/components/sprints/sprint-header';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';
import { StandupView } from '@/components/sprints/standup-view';

export const metadata: Metadata = { title: 'Standup' };

// GET /sprints/:teamId/:sprintId/standup — standup mode, rep by rep, for a shared screen.
export default async function StandupPage({ params }: { params: Promise<{ teamId: string; sprintId: string }> }) {
  const { teamId, sprintId } = await params;
  const user = await requireSessionUser(`/sprints/${encodeURIComponent(teamId)}/${encodeURIComponent(sprintId)}/standup`);
  const { data: standup, problem } = await loadOrProblem(() => getStandup({ actor: user, teamId, sprintId }));
  if (problem) return <SprintProblem {...problem} />;

  return (
    <div className="sprint-page standup-page">
      <SprintHeader
        team={standup.team}
        sprint={standup.sprint}
        mode="standup"
        title="Standup"
        previousSprintId={standup.previousSprintId}
        nextSprintId={standup.nextSprintId}
      />
      <StandupView key={standup.sprint.id} initialStandup={standup} currentUserId={user.id} now={new Date().toISOString()} />
    </div>
  );
}
