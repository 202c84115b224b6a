import type { CSSProperties } from 'react';
import type { TWallBar } from '@/schemas/wall';
import { axisTicks, describeBar, describeProjectionSum, trackPosition, type BarGroup } from './wall-figures';

// The 1D wall: one horizontal bar per scope against the month's goal. A solid fill for
// what is won, a lighter shadow behind it for the projected end of month, a red marker
// where the scope should be by now, and a dashed line at the goal. Blue at or ahead of
// pace, red behind, and every figure written beside the bar as well.

type RowOptions = {
  axisMaximum: number;
  /** Makes each bar a button that opens its burn-down; without it the bars only show (TV). */
  onOpen?: (bar: TWallBar) => void;
  celebratingTeamId?: string | null;
  /** Where the rolled-up forecast sits, in percent of goal (the second marker); absent to hide it. */
  forecastOf?: ((bar: TWallBar) => number | null) | null;
};

function position(percent: number | null, maximum: number): string {
  return `${trackPosition(percent, maximum)}%`;
}

export function BarTrack({ bar, axisMaximum, forecastPercent = null }: { bar: TWallBar; axisMaximum: number; forecastPercent?: number | null }) {
  const hasGoal = bar.percentOfGoal !== null;
  return (
    <span className="wall-track" aria-hidden="true">
      {axisTicks(axisMaximum)
        .filter((tick) => tick > 0 && tick !== 100 && tick < axisMaximum)
        .map((tick) => (
          <span key={tick} className="wall-track-tick" style={{ left: position(tick, axisMaximum) }} />
        ))}
      {hasGoal ? (
        <>
          <span className="wall-track-projected" style={{ width: position(bar.projectedPercent, axisMaximum) }} />
          <span className="wall-track-fill" style={{ width: position(bar.percentOfGoal, axisMaximum) }} />
          <span className="wall-track-goal" style={{ left: position(100, axisMaximum) }} />
          <span className="wall-track-pace" style={{ left: position(bar.expectedPercent, axisMaximum) }} />
          {forecastPercent !== null ? <span className="wall-track-forecast" style={{ left: position(forecastPercent, axisMaximum) }} /> : null}
        </>
      ) : (
        <span className="wall-track-empty">No goal this month</span>
      )}
    </span>
  );
}

/** Ahead or behind pace, in words with an arrow, so colour is never the only signal; nothing without a goal. */
export function StandingBadge({ bar, standing }: { bar: TWallBar; standing: string }) {
  if (bar.percentOfGoal === null) return null;
  return (
    <span className="wall-bar-standing" data-status={bar.status}>
      <span aria-hidden="true">{bar.status === 'ahead' ? '▲' : '▼'}</span> {standing}
    </span>
  );
}

function BarRow({ bar, isTotal, axisMaximum, onOpen, celebratingTeamId, forecastOf }: RowOptions & { bar: TWallBar; isTotal?: boolean }) {
  const figures = describeBar(bar);
  const forecastPercent = forecastOf?.(bar) ?? null;
  const forecastText = forecastPercent === null ? null : `forecast ${Math.round(forecastPercent)}%`;
  // The bar's text is also its accessible name (no aria-label), so what a screen reader
  // says contains what is seen, in order (WCAG 2.5.3, axe's label-content-name-mismatch);
  // visually hidden separators keep the parts apart: "NY Enterprise · 45% of $1.2M · ahead
  // by 3 pts · $540K won · pace 41% · projected 88%".
  const separator = <span className="visually-hidden"> · </span>;
  const content = (
    <>
      <span className="wall-bar-name">
        <span className="wall-swatch" style={{ background: bar.colour }} aria-hidden="true" />
        <span className="wall-bar-name-text">{bar.name}</span>
        {separator}
      </span>
      <BarTrack bar={bar} axisMaximum={axisMaximum} forecastPercent={forecastPercent} />
      <span className="wall-bar-figures">
        <span className="wall-bar-headline">
          <strong>{figures.headline}</strong>
          {bar.percentOfGoal === null ? null : separator}
          <StandingBadge bar={bar} standing={figures.standing} />
        </span>
        <span className="wall-bar-detail">
          {separator}
          {[figures.won, figures.pace].join(' · ')}
          {figures.projected ? (
            <>
              {' · '}
              <span className="wall-bar-projected" title={describeProjectionSum(bar)}>
                {figures.projected}
              </span>
            </>
          ) : null}
          {forecastText ? ` · ${forecastText}` : null}
        </span>
      </span>
    </>
  );
  return (
    <li
      className={isTotal ? 'wall-row is-total' : 'wall-row'}
      data-status={bar.percentOfGoal === null ? 'none' : bar.status}
      data-celebrating={celebratingTeamId && bar.kind === 'team' && bar.id === celebratingTeamId ? 'true' : undefined}
      data-testid={`wall-bar-${bar.kind}-${bar.id}`}
      data-won-minor={bar.closedWonMinor}
    >
      {onOpen ? (
        <button
          type="button"
          className="wall-bar"
          onClick={() => onOpen(bar)}
        >
          {content}
          <span className="visually-hidden">. Open the burn-down chart</span>
        </button>
      ) : (
        <div className="wall-bar">{content}</div>
      )}
    </li>
  );
}

export function WallAxis({ axisMaximum }: { axisMaximum: number }) {
  return (
    <div className="wall-axis" aria-hidden="true">
      <span />
      <span className="wall-axis-track">
        {axisTicks(axisMaximum).map((tick) => (
          <span key={tick} className={tick === 100 ? 'wall-axis-tick is-goal' : 'wall-axis-tick'} style={{ left: position(tick, axisMaximum) }}>
            {tick === 100 ? 'Goal' : `${tick}%`}
          </span>
        ))}
      </span>
      <span />
    </div>
  );
}

export function WallBarList({
  total,
  groups,
  variant,
  ...options
}: RowOptions & { total: TWallBar | null; groups: BarGroup[]; variant: 'screen' | 'tv' }) {
  return (
    <div className={`wall-bars wall-bars-${variant}`}>
      <WallAxis axisMaximum={options.axisMaximum} />
      {total ? (
        <ul className="wall-list wall-list-total" aria-label="Total">
          <BarRow bar={total} isTotal {...options} />
        </ul>
      ) : null}
      {groups.map((group) => (
        <div key={group.id} className="wall-group" style={{ '--bar-count': group.bars.length } as CSSProperties}>
          {group.title ? <h2 className="wall-group-title">{group.title}</h2> : null}
          <ul className="wall-list">
            {group.bars.map((bar) => (
              <BarRow key={`${bar.kind}:${bar.id}:${bar.teamId ?? ''}`} bar={bar} {...options} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function WallLegend({ variant, showsForecast = false }: { variant: 'screen' | 'tv'; showsForecast?: boolean }) {
  return (
    <ul className={`wall-legend wall-legend-${variant}`} aria-label="How to read the bars">
      <li>
        <span className="legend-sample legend-ahead" aria-hidden="true" /> Won so far, at or ahead of pace
      </li>
      <li>
        <span className="legend-sample legend-behind" aria-hidden="true" /> Won so far, behind pace
      </li>
      <li>
        <span className="legend-sample legend-projected" aria-hidden="true" /> Projected end of month
      </li>
      <li>
        <span className="legend-sample legend-pace" aria-hidden="true" /> Where it should be today
      </li>
      <li>
        <span className="legend-sample legend-goal" aria-hidden="true" /> Goal
      </li>
      {showsForecast ? (
        <li>
          <span className="legend-sample legend-forecast" aria-hidden="true" /> Reps’ forecast (commit)
        </li>
      ) : null}
    </ul>
  );
}
