import type { Metadata } from 'next';
import { getStandup } from '@/server/use-cases/get-standup';
import { StandupView } from '@/components/sprints/standup-view';
import { SprintRitualPage } from '../ritual-page';

export const metadata: Metadata = { title: 'Standup' };

// GET /sprints/:teamId/:sprintId/standup — standup mode, rep by rep, for a shared screen.
export default function StandupPage({ params }: { params: Promise<{ teamId: string; sprintId: string }> }) {
  return (
    <SprintRitualPage
      params={params}
      mode="standup"
      title="Standup"
      load={getStandup}
      render={(standup, user) => (
        <StandupView key={standup.sprint.id} initialStandup={standup} currentUserId={user.id} now={new Date().toISOString()} />
      )}
    />
  );
}
