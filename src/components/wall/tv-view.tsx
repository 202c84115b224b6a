'use client';

import { MissingRatesNote } from './missing-rates-note';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { apiPath, messageOf, request } from '@/lib/api-client';
import { nextSlideIndex, wallDetailFor } from '@/domain/tv/playlist';
import { ZBurnDown, type TBurnDown, type TTvPlaylist, type TWallBar, type TWallSnapshot } from '@/schemas/wall';
import { BurnDownChart } from './burn-down-chart';
import { screenOfSlide } from './tv-slides';
import { CelebrationOverlay } from './celebration-overlay';
import { ConnectionBadge } from './connection-badge';
import { useCelebrations } from './use-celebrations';
import { useDailyReload } from './use-daily-reload';
import { useIsClient } from './use-is-client';
import { useWallLive } from './use-wall-live';
import { BarTrack, StandingBadge, WallBarList, WallLegend } from './wall-bar-list';
import { axisMaximum, describeBar } from './wall-figures';

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

/** A burn-down screen of the playlist: read from its own endpoint each time it comes round. */
function TvBurnDownScreen({ token, index }: { token: string; index: number }) {
  const [state, setState] = useState<{ index: number; burnDown: TBurnDown | null; error: string | null }>({ index, burnDown: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    request('GET', `${apiPath('/api/tv', token, 'burn-down')}?slide=${index}`, { reply: z.object({ burnDown: ZBurnDown }), signal: controller.signal }).then(
      ({ burnDown }) => setState({ index, burnDown, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ index, burnDown: null, error: messageOf(error) });
      },
    );
    return () => controller.abort();
  }, [token, index]);
  if (state.error) return <p className="tv-reconnecting">{state.error}</p>;
  if (!state.burnDown || state.index !== index) return <p className="tv-slide-loading">Loading the burn-down…</p>;
  return (
    <section className="tv-burn-down" aria-label={`${state.burnDown.title} burn-down`} data-testid="tv-burn-down">
      <BurnDownChart burnDown={state.burnDown} height={620} />
    </section>
  );
}

/** The playlist's screen on show, moving on every `rotateSeconds` (a link without a playlist stays on its wall). */
function useRotation(playlist: TTvPlaylist | null): number {
  const [index, setIndex] = useState(0);
  const count = playlist?.slides.length ?? 0;
  const seconds = playlist?.rotateSeconds ?? 0;
  useEffect(() => {
    if (count < 2 || seconds <= 0) return;
    const timer = setInterval(() => setIndex((current) => nextSlideIndex(current, count)), seconds * 1000);
    return () => clearInterval(timer);
  }, [count, seconds]);
  return count === 0 ? 0 : index % count;
}

export function TvView({
  token,
  initialSnapshot,
  isCelebrationOn,
  timeZone,
  playlist = null,
}: {
  token: string;
  initialSnapshot: TWallSnapshot;
  isCelebrationOn: boolean;
  /** The zone of the link's office (the company's first office for a company link). */
  timeZone: string;
  /** The screens to rotate through; null shows the wall alone. */
  playlist?: TTvPlaylist | null;
}) {
  const { current: celebration, celebrate } = useCelebrations(isCelebrationOn);
  const { snapshot, connection, updatedAt } = useWallLive({
    initialSnapshot,
    credentials: { kind: 'tv', token },
    isLive: true,
    onWins: celebrate,
    tvDetail: wallDetailFor(playlist?.slides),
  });
  useDailyReload();
  const slideIndex = useRotation(playlist);

  if (connection === 'revoked') {
    return (
      <TvMessage
        title="This wallboard link has been revoked"
        message="Ask an admin or a team lead for a new link: TV links, in Cadence’s menu."
      />
    );
  }

  const screen = screenOfSlide(snapshot, playlist?.slides[slideIndex]);
  const totals = screen.kind === 'bars' ? screen.totals : [];
  const groups = screen.kind === 'bars' ? screen.groups : [];
  const barsShown = [...totals, ...groups.flatMap((group) => group.bars)];
  const maximum = axisMaximum(barsShown);
  const hasGoals = [...snapshot.offices, ...snapshot.teams].some((bar) => bar.goalMinor > 0);
  const locale = snapshot.company?.locale ?? snapshot.offices[0]?.locale ?? 'en-US';
  const title = screen.title;
  const slideCount = playlist?.slides.length ?? 0;

  return (
    <main className="tv-screen" data-connection={connection} data-team-count={snapshot.teams.length} data-slide={slideCount > 1 ? slideIndex : undefined}>
      <header className="tv-header">
        <div>
          <p className="tv-brand">Cadence</p>
          <h1 className="tv-title">
            {title} <span className="tv-month">· {snapshot.monthLabel}</span>
          </h1>
          {slideCount > 1 ? (
            <p className="tv-slide-position" data-testid="tv-slide-position">
              Screen {slideIndex + 1} of {slideCount}
            </p>
          ) : null}
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
      ) : screen.kind === 'burn-down' ? (
        <TvBurnDownScreen token={token} index={slideIndex} />
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
