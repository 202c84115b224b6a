'use client';

import { useRouter } from 'next/navigation';
import { useTeamLive } from './use-team-live';

// Placed on the sprint page: when a rep of the team saves a forecast, or a deal of the
// team changes (won so far, commitments met), the page's server parts are read again
// (router.refresh keeps what the signed-in rep is typing in their own form).

export function SprintLiveRefresh({ teamId }: { teamId: string }) {
  const router = useRouter();
  useTeamLive({ teamId, onChange: () => router.refresh() });
  return null;
}
