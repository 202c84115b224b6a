'use client';

import { useEffect, useState } from 'react';
import type { TWallForecasts } from '@/schemas/sprint';
import type { TWallBar } from '@/schemas/wall';
import { forecastPercentOfGoal } from '@/domain/sprints/wall-forecast';
import { request } from '@/lib/api-client';

// The rolled-up rep forecasts of the wall's month, for the second marker. Forecasts
// change a few times a week, so they are read when the month changes and every five
// minutes, not pushed live. A failed read only hides the markers.

const refreshMs = 5 * 60_000;

export function useWallForecasts(month: string, isEnabled: boolean): ((bar: TWallBar) => number | null) | null {
  const [forecasts, setForecasts] = useState<TWallForecasts | null>(null);
  useEffect(() => {
    if (!isEnabled) return;
    let isCurrent = true;
    const load = async () => {
      try {
        const reply = await request('GET', `/api/wall/forecasts?month=${encodeURIComponent(month)}`, {
          reply: async () => (await import('@/schemas/sprint')).ZWallForecasts,
        });
        if (isCurrent) setForecasts(reply);
      } catch {
        // Offline for a moment, or refused: keep what is shown.
      }
    };
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [month, isEnabled]);
  if (!isEnabled || !forecasts || forecasts.month !== month) return null;
  const byKind = {
    rep: new Map(forecasts.reps.map((rep) => [rep.id, rep])),
    team: new Map(forecasts.teams.map((team) => [team.id, team])),
    office: new Map(forecasts.offices.map((office) => [office.id, office])),
  };
  return (bar) => (bar.kind === 'company' ? null : forecastPercentOfGoal(byKind[bar.kind].get(bar.id), bar.goalMinor));
}
