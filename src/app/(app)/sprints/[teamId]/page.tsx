import { redirect } from 'next/navigation';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { listSprints } from '@/server/use-cases/list-sprints';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';

// GET /sprints/:teamId — the team's current sprint.
export default async function TeamSprintsPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const user = await requireSessionUser(`/sprints/${encodeURIComponent(teamId)}`);
  const { data: list, problem } = await loadOrProblem(() => listSprints({ actor: user, teamId }));
  if (problem) return <SprintProblem {...problem} />;
  const sprintId = list.currentSprintId ?? list.sprints[0]?.id;
  if (!sprintId) return <SprintProblem title="No sprints yet" message="This month has no sprints for this team’s office." />;
  redirect(`/sprints/${encodeURIComponent(teamId)}/${encodeURIComponent(sprintId)}`);
}
