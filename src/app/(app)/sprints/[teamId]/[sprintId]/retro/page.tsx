import type { Metadata } from 'next';
import { getRetrospective } from '@/server/use-cases/get-retrospective';
import { RetroView } from '@/components/sprints/retro-view';
import { SprintRitualPage } from '../ritual-page';

export const metadata: Metadata = { title: 'Retrospective' };

// GET /sprints/:teamId/:sprintId/retro — retrospective mode: the sprint's closed deals,
// the team's notes and the action items agreed.
export default function RetroPage({ params }: { params: Promise<{ teamId: string; sprintId: string }> }) {
  return (
    <SprintRitualPage
      params={params}
      mode="retro"
      title="Retrospective"
      load={getRetrospective}
      render={(retro, user) => <RetroView key={retro.sprint.id} retro={retro} currentUserId={user.id} now={new Date().toISOString()} />}
    />
  );
}
