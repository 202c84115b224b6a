import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getRetrospective } from '@/server/use-cases/get-retrospective';
import { RetroView } from '@/components/sprints/retro-view';
import { SprintHeader } from '@/components/sprints/sprint-header';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';

export const metadata: Metadata = { title: 'Retrospective' };

// GET /sprints/:teamId/:sprintId/retro — retrospective mode: the sprint's closed deals,
// the team's notes and the action items agreed.
export default async function RetroPage({ params }: { params: Promise<{ teamId: string; sprintId: string }> }) {
  const { teamId, sprintId } = await params;
  const user = await requireSessionUser(`/sprints/${encodeURIComponent(teamId)}/${encodeURIComponent(sprintId)}/retro`);
  const { data: retro, problem } = await loadOrProblem(() => getRetrospective({ actor: user, teamId, sprintId }));
  if (problem) return <SprintProblem {...problem} />;
  return (
    <div className="sprint-page retro-page">
      <SprintHeader
        team={retro.team}
        sprint={retro.sprint}
        mode="retro"
        title="Retrospective"
        previousSprintId={retro.previousSprintId}
        nextSprintId={retro.nextSprintId}
      />
      <RetroView key={retro.sprint.id} retro={retro} currentUserId={user.id} now={new Date().toISOString()} />
    </div>
  );
}
