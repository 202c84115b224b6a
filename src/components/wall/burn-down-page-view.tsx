'use client';

import { AppLink } from '@/components/ui/app-link';
import type { TBurnDown, TWallSnapshot } from '@/schemas/wall';
import { BurnDownPanel } from './burn-down-panel';
import { ConnectionBadge } from './connection-badge';
import { useBurnDown } from './use-burn-down';
import { useWallLive } from './use-wall-live';

// The 2D burn-down of one scope on a page of its own. In the current month it follows the
// wall its scope belongs to and redraws whenever a deal changes the figures.

function BurnDownFrame({ burnDown, backHref, status }: { burnDown: TBurnDown; backHref: string; status?: React.ReactNode }) {
  return (
    <div className="wall-page burn-down-page">
      <p className="wall-back">
        <AppLink href={backHref}>← Back to the wall</AppLink>
      </p>
      <header className="wall-header">
        <div className="wall-heading">
          <h1 className="page-title">
            <span className="wall-swatch" style={{ background: burnDown.bar.colour }} aria-hidden="true" />
            {burnDown.title}
          </h1>
          <p className="wall-subtitle">
            Burn-down · {burnDown.monthLabel}
            {status}
          </p>
        </div>
      </header>
      <section className="card">
        <BurnDownPanel burnDown={burnDown} chartHeight={420} />
      </section>
    </div>
  );
}

function LiveBurnDown({ initialBurnDown, initialSnapshot, backHref }: { initialBurnDown: TBurnDown; initialSnapshot: TWallSnapshot; backHref: string }) {
  const { snapshot, connection, updatedAt } = useWallLive({
    initialSnapshot,
    credentials: { kind: 'session' },
    isLive: initialSnapshot.isCurrentMonth,
  });
  const { burnDown, error } = useBurnDown({
    bar: initialBurnDown.scope,
    month: initialBurnDown.month,
    refreshKey: snapshot.sequence,
    initial: initialBurnDown,
  });
  return (
    <>
      {error ? (
        <div className="alert" role="alert">
          The chart could not be brought up to date: {error}
        </div>
      ) : null}
      <BurnDownFrame
        burnDown={burnDown ?? initialBurnDown}
        backHref={backHref}
        status={<ConnectionBadge connection={connection} updatedAt={updatedAt} variant="screen" />}
      />
    </>
  );
}

export function BurnDownPageView({
  initialBurnDown,
  initialSnapshot,
  backHref,
}: {
  initialBurnDown: TBurnDown;
  /** The wall this scope belongs to, when its month is current (to follow live). */
  initialSnapshot: TWallSnapshot | null;
  backHref: string;
}) {
  if (!initialSnapshot?.isCurrentMonth) return <BurnDownFrame burnDown={initialBurnDown} backHref={backHref} />;
  return <LiveBurnDown initialBurnDown={initialBurnDown} initialSnapshot={initialSnapshot} backHref={backHref} />;
}
