import type { ReactNode } from 'react';
import type { SessionUser } from '@/server/auth/session-user';
import { requireSessionUser } from '@/server/auth/get-session-user';
import type { TSprint, TSprintTeam } from '@/schemas/sprint';
import { SprintHeader, sprintPath } from '@/components/sprints/sprint-header';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';

// The standup and the retrospective pages are the same page around a different view:
// sign in (coming back here), read the ritual through its use case (a plain explanation
// when the user may not see it), then the sprint's header in that mode above the view.

type RitualData = { team: TSprintTeam; sprint: TSprint; previousSprintId: string | null; nextSprintId: string | null };

export async function SprintRitualPage<Data extends RitualData>({
  params,
  mode,
  title,
  load,
  render,
}: {
  params: Promise<{ teamId: string; sprintId: string }>;
  mode: 'standup' | 'retro';
  title: string;
  load: (options: { actor: SessionUser; teamId: string; sprintId: string }) => Promise<Data>;
  render: (data: Data, user: SessionUser) => ReactNode;
}) {
  const { teamId, sprintId } = await params;
  const user = await requireSessionUser(sprintPath(teamId, sprintId, mode));
  const { data, problem } = await loadOrProblem(() => load({ actor: user, teamId, sprintId }));
  if (problem) return <SprintProblem {...problem} />;
  return (
    <div className={`sprint-page ${mode}-page`}>
      <SprintHeader
        team={data.team}
        sprint={data.sprint}
        mode={mode}
        title={title}
        previousSprintId={data.previousSprintId}
        nextSprintId={data.nextSprintId}
      />
      {render(data, user)}
    </div>
  );
}
