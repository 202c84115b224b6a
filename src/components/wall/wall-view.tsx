'use client';

import { MissingRatesNote } from './missing-rates-note';
import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { TWallBar, TWallSnapshot } from '@/schemas/wall';
import { BurnDownDialog } from './burn-down-dialog';
import { CelebrationOverlay } from './celebration-overlay';
import { ConnectionBadge } from './connection-badge';
import { useCelebrationPreference, useCelebrations } from './use-celebrations';
import { useWallLive } from './use-wall-live';
import { useWallForecasts } from './use-wall-forecasts';
import { WallBarList, WallLegend } from './wall-bar-list';
import { arrangeWall, axisMaximum, type WallViewMode } from './wall-figures';
import { ItemOptions } from '@/components/ui/field';

// The signed-in wall: every team's progress to goal as a bar, switchable to reps or
// offices, for the company or one office, this month (live) or a past one (final).

export type { WallViewMode } from './wall-figures';
export type WallOffice = { id: string; name: string };
export type WallMonthOption = { key: string; label: string };

const viewLabels: Record<WallViewMode, string> = { teams: 'Teams', reps: 'Reps', offices: 'Offices' };

export function wallHref(options: { officeId: string | null; view: WallViewMode; month: string | null }): string {
  const parameters = new URLSearchParams();
  parameters.set('office', options.officeId ?? 'all');
  if (options.view !== 'teams') parameters.set('view', options.view);
  if (options.month) parameters.set('month', options.month);
  return `/wall?${parameters}`;
}

export function WallView({
  initialSnapshot,
  offices,
  officeId,
  initialView,
  month,
  monthOptions,
  canManageScreens,
}: {
  initialSnapshot: TWallSnapshot;
  offices: WallOffice[];
  /** The office shown, or null for the whole company. */
  officeId: string | null;
  initialView: WallViewMode;
  /** The month asked for in the address; null follows the current month. */
  month: string | null;
  monthOptions: WallMonthOption[];
  canManageScreens: boolean;
}) {
  const router = useRouter();
  const [isNavigating, startNavigation] = useTransition();
  const [view, setView] = useState<WallViewMode>(initialView);
  const [openBar, setOpenBar] = useState<TWallBar | null>(null);
  const [isCelebrationOn, setCelebrationOn] = useCelebrationPreference();
  const { current: celebration, celebrate } = useCelebrations(isCelebrationOn);
  const { snapshot, connection, updatedAt } = useWallLive({
    initialSnapshot,
    credentials: { kind: 'session' },
    isLive: initialSnapshot.isCurrentMonth,
    onWins: celebrate,
  });

  const [isForecastShown, setForecastShown] = useState(true);
  const forecastOf = useWallForecasts(snapshot.month, isForecastShown);
  const isCompany = snapshot.scope.kind === 'company';
  const shownView: WallViewMode = view === 'offices' && !isCompany ? 'teams' : view;
  const { total, groups } = arrangeWall(snapshot, shownView);
  const bars = groups.flatMap((group) => group.bars);
  const hasGoals = [total, ...bars].some((bar) => bar && bar.goalMinor > 0);
  const scopeName = isCompany ? 'Company-wide' : `${offices.find((office) => office.id === officeId)?.name ?? 'Office'} office`;

  const navigate = (next: { officeId?: string | null; month?: string | null }) => {
    const href = wallHref({
      officeId: next.officeId === undefined ? officeId : next.officeId,
      view: shownView,
      month: next.month === undefined ? month : next.month,
    });
    startNavigation(() => router.push(href));
  };

  const chooseView = (next: WallViewMode) => {
    setView(next);
    window.history.replaceState(null, '', wallHref({ officeId, view: next, month }));
  };

  return (
    <div className="wall-page">
      <header className="wall-header">
        <div className="wall-heading">
          <h1 className="page-title">Wall</h1>
          <p className="wall-subtitle">
            {scopeName} · {snapshot.monthLabel}
            <ConnectionBadge connection={connection} updatedAt={updatedAt} variant="screen" />
          </p>
        </div>
        <div className="wall-controls">
          <label className="wall-control">
            <span>Show</span>
            <select
              value={officeId ?? 'all'}
              onChange={(event) => navigate({ officeId: event.target.value === 'all' ? null : event.target.value })}
            >
              <option value="all">Company-wide</option>
              <ItemOptions items={offices} />
            </select>
          </label>
          <label className="wall-control">
            <span>Month</span>
            <select
              value={snapshot.isCurrentMonth ? '' : snapshot.month}
              onChange={(event) => navigate({ month: event.target.value || null })}
            >
              {monthOptions.map((option, index) => (
                <option key={option.key} value={index === 0 ? '' : option.key}>
                  {index === 0 ? `${option.label} (now)` : option.label}
                </option>
              ))}
            </select>
          </label>
          <div className="wall-segmented" role="group" aria-label="One bar per">
            {(['teams', 'reps', 'offices'] as const)
              .filter((mode) => mode !== 'offices' || isCompany)
              .map((mode) => (
                <button key={mode} type="button" aria-pressed={shownView === mode} onClick={() => chooseView(mode)}>
                  {viewLabels[mode]}
                </button>
              ))}
          </div>
          <label className="wall-toggle">
            <input type="checkbox" checked={isForecastShown} onChange={(event) => setForecastShown(event.target.checked)} />
            <span>Forecast marker</span>
          </label>
          <label className="wall-toggle">
            <input type="checkbox" checked={isCelebrationOn} onChange={(event) => setCelebrationOn(event.target.checked)} />
            <span>Celebrate wins</span>
          </label>
        </div>
      </header>

      {connection === 'signed-out' ? (
        <div className="alert" role="alert">
          Your session has ended, so these figures are no longer live. <AppLink href="/signin?callbackUrl=/wall">Sign in again</AppLink>
        </div>
      ) : null}
      <MissingRatesNote missingRates={snapshot.missingRates} className="notice wall-notice" />
      {!snapshot.isCurrentMonth ? (
        <p className="notice wall-notice">
          {snapshot.monthLabel} is over: these are its final figures. Live updates apply to the current month only.
        </p>
      ) : null}

      <section className="wall-board card" aria-label={`${scopeName}, ${snapshot.monthLabel}`} aria-busy={isNavigating}>
        {bars.length === 0 && !total ? (
          <div className="wall-empty">
            <h2>Nothing to show yet</h2>
            <p>There are no teams in this {isCompany ? 'company' : 'office'} yet. Bars appear here once teams and reps are set up.</p>
          </div>
        ) : !hasGoals ? (
          <div className="wall-empty">
            <h2>No goals for {snapshot.monthLabel} yet</h2>
            <p>
              A bar shows progress towards a monthly goal, so the wall stays empty until goals are set for the reps in{' '}
              {isCompany ? 'the company' : 'this office'}. Once they are, every closed deal moves the bars here live.
            </p>
          </div>
        ) : (
          <WallBarList
            variant="screen"
            total={total}
            groups={groups}
            axisMaximum={axisMaximum(total ? [total, ...bars] : bars)}
            onOpen={setOpenBar}
            celebratingTeamId={celebration?.teamId ?? null}
            forecastOf={forecastOf}
          />
        )}
      </section>

      <footer className="wall-footer">
        <WallLegend variant="screen" showsForecast={forecastOf !== null} />
        {canManageScreens ? (
          <AppLink href="/settings/wallboards" className="wall-footer-link">
            Show this on an office TV
          </AppLink>
        ) : null}
      </footer>

      {openBar ? (
        <BurnDownDialog
          bar={openBar}
          month={snapshot.month}
          monthLabel={snapshot.monthLabel}
          refreshKey={snapshot.sequence}
          onClose={() => setOpenBar(null)}
        />
      ) : null}
      <CelebrationOverlay celebration={celebration} variant="screen" />
    </div>
  );
}
