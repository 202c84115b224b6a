'use client';

import { AppLink } from '@/components/ui/app-link';
import type { TWallBar, TWallSnapshot } from '@/schemas/wall';
import { pickBars } from '@/domain/pacing/wall-bar-key';
import { BarTrack, StandingBadge } from './wall-bar-list';
import { axisMaximum, describeBar } from './wall-figures';
import { useWallLive } from './use-wall-live';

// The home page's "This month": the bars of the scopes the user looks after, live like
// the wall's (the page follows the same wall room, and picks its bars from each update).

const kindLabels: Record<TWallBar['kind'], string> = { rep: 'You', team: 'Team', office: 'Office', company: 'Company' };

export function HomeProgress({ snapshot: initialSnapshot, keys }: { snapshot: TWallSnapshot; keys: string[] }) {
  const { snapshot, connection } = useWallLive({ initialSnapshot, credentials: { kind: 'session' }, isLive: initialSnapshot.isCurrentMonth });
  const bars = pickBars([...(snapshot.company ? [snapshot.company] : []), ...snapshot.offices, ...snapshot.teams, ...snapshot.reps], keys);
  const maximum = axisMaximum(bars);
  return (
    <section className="card home-progress wall-palette" aria-labelledby="home-progress-heading" data-connection={connection}>
      <h2 id="home-progress-heading" style={{ marginTop: 0 }}>
        This month
      </h2>
      <ul className="home-progress-list">
        {bars.map((bar) => {
          const figures = describeBar(bar);
          return (
            <li
              key={`${bar.kind}:${bar.id}`}
              className="home-progress-row"
              data-status={bar.percentOfGoal === null ? 'none' : bar.status}
              data-testid={`home-bar-${bar.kind}-${bar.id}`}
              data-won-minor={bar.closedWonMinor}
            >
              <AppLink
                href={`/wall/burn-down/${bar.kind}/${encodeURIComponent(bar.id)}`}
                className="home-progress-link"
                aria-label={`${kindLabels[bar.kind]}: ${figures.summary}. Open the burn-down.`}
              >
                <span className="home-progress-name">
                  <span className="home-progress-kind">{kindLabels[bar.kind]}</span>
                  {bar.kind === 'rep' ? null : <strong>{bar.name}</strong>}
                </span>
                <BarTrack bar={bar} axisMaximum={maximum} />
                <span className="home-progress-figures">
                  <strong>{figures.headline}</strong>
                  <StandingBadge bar={bar} standing={figures.standing} />
                  <span className="home-progress-detail">{[figures.won, figures.pace, figures.projected].filter(Boolean).join(' · ')}</span>
                </span>
              </AppLink>
            </li>
          );
        })}
      </ul>
      <p className="home-progress-legend">
        Solid: won so far (blue at or ahead of pace, red behind) · red marker: where it should be by now · shadow: projected
        end of month. <AppLink href="/wall">Open the wall</AppLink>
      </p>
    </section>
  );
}
