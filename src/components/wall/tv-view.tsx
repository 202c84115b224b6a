'use client';

import { MissingRatesNote } from './missing-rates-note';
import { useEffect, useState } from 'react';
import type { TWallBar, TWallSnapshot } from '@/schemas/wall';
import { CelebrationOverlay } from './celebration-overlay';
import { ConnectionBadge } from './connection-badge';
import { useCelebrations } from './use-celebrations';
import { useDailyReload } from './use-daily-reload';
import { useIsClient } from './use-is-client';
import { useWallLive } from './use-wall-live';
import { BarTrack, StandingBadge, WallBarList, WallLegend } from './wall-bar-list';
import { arrangeWall, axisMaximum, describeBar } from './wall-figures';

// The wall on an office TV, read from across the room: dark, large, no navigation and
// nothing to press. It runs for days: only the latest figures are kept, it reconnects
// for as long as it is on, and it reloads itself once a night.

/** The time in the office the link belongs to, whatever zone the TV itself is set to. */
function TvClock({ locale, timeZone }: { locale: string; timeZone: string }) {
  const isClient = useIsClient();
  const [text, setText] = useState('');
  useEffect(() => {
    const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
    const tick = () => setText(format.format(new Date()));
    tick();
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [locale, timeZone]);
  return (
    <span className="tv-clock" aria-label="Time now" data-time-zone={timeZone}>
      {isClient ? text : ''}
    </span>
  );
}

function TotalCard({ bar, axisMaximum: maximum }: { bar: TWallBar; axisMaximum: number }) {
  const figures = describeBar(bar);
  return (
    <li
      className="tv-total"
      data-status={bar.percentOfGoal === null ? 'none' : bar.status}
      data-testid={`wall-bar-${bar.kind}-${bar.id}`}
      data-won-minor={bar.closedWonMinor}
    >
      <span className="tv-total-top">
        <span className="tv-total-name">{bar.name}</span>
        <StandingBadge bar={bar} standing={figures.standing} />
      </span>
      <span className="tv-total-figure">
        <strong>{figures.percent}</strong>
        {bar.percentOfGoal !== null ? <span> of {figures.headline.split(' of ')[1]}</span> : null}
      </span>
      <BarTrack bar={bar} axisMaximum={maximum} />
      <span className="tv-total-detail">{[figures.won, figures.pace, figures.projected].filter(Boolean).join(' · ')}</span>
    </li>
  );
}

export function TvMessage({ title, message }: { title: string; message: string }) {
  return (
    <main className="tv-screen tv-message" data-testid="tv-message">
      <div role="alert">
        <p className="tv-brand">Cadence</p>
        <h1>{title}</h1>
        <p>{message}</p>
      </div>
    </main>
  );
}

export function TvView({
  token,
  initialSnapshot,
  isCelebrationOn,
  timeZone,
}: {
  token: string;
  initialSnapshot: TWallSnapshot;
  isCelebrationOn: boolean;
  /** The zone of the link's office (the company's first office for a company link). */
  timeZone: string;
}) {
  const { current: celebration, celebrate } = useCelebrations(isCelebrationOn);
  const { snapshot, connection, updatedAt } = useWallLive({
    initialSnapshot,
    credentials: { kind: 'tv', token },
    isLive: true,
    onWins: celebrate,
  });
  useDailyReload();

  if (connection === 'revoked') {
    return (
      <TvMessage
        title="This wallboard link has been revoked"
        message="Ask an admin or a team lead for a new link: TV links, in Cadence’s menu."
      />
    );
  }

  const isCompany = snapshot.scope.kind === 'company';
  const totals = isCompany ? [snapshot.company, ...snapshot.offices].filter((bar): bar is TWallBar => !!bar) : snapshot.offices.slice(0, 1);
  const { groups } = arrangeWall(snapshot, 'teams');
  const maximum = axisMaximum([...totals, ...snapshot.teams]);
  const hasGoals = [...totals, ...snapshot.teams].some((bar) => bar.goalMinor > 0);
  const locale = totals[0]?.locale ?? 'en-US';
  const title = isCompany ? 'Company' : (snapshot.offices[0]?.name ?? 'Office');

  return (
    <main className="tv-screen" data-connection={connection} data-team-count={snapshot.teams.length}>
      <header className="tv-header">
        <div>
          <p className="tv-brand">Cadence</p>
          <h1 className="tv-title">
            {title} <span className="tv-month">· {snapshot.monthLabel}</span>
          </h1>
        </div>
        <div className="tv-status">
          <TvClock locale={locale} timeZone={timeZone} />
          <ConnectionBadge connection={connection} updatedAt={updatedAt} locale={locale} timeZone={timeZone} variant="tv" />
        </div>
      </header>

      {connection === 'reconnecting' ? (
        <p className="tv-reconnecting">Connection lost: reconnecting… The figures below are from the last update.</p>
      ) : null}

      <MissingRatesNote missingRates={snapshot.missingRates} className="tv-reconnecting" />
      {!hasGoals ? (
        <div className="tv-empty">
          <h2>No goals for {snapshot.monthLabel} yet</h2>
          <p>The bars appear once monthly goals are set. Every closed deal then moves them live.</p>
        </div>
      ) : (
        <>
          <ul className={`tv-totals tv-totals-${totals.length}`} aria-label="Totals">
            {totals.map((bar) => (
              <TotalCard key={`${bar.kind}:${bar.id}`} bar={bar} axisMaximum={maximum} />
            ))}
          </ul>
          <section className="tv-teams" aria-label="Teams">
            <WallBarList variant="tv" total={null} groups={groups} axisMaximum={maximum} celebratingTeamId={celebration?.teamId ?? null} />
          </section>
          <footer className="tv-footer">
            <WallLegend variant="tv" />
          </footer>
        </>
      )}
      <CelebrationOverlay celebration={celebration} variant="tv" />
    </main>
  );
}
