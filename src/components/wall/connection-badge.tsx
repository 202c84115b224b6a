'use client';

import { useIsClient } from './use-is-client';
import type { WallConnection } from './use-wall-live';

// Whether the figures are live. Only the state is announced (politely); the "updated"
// time changes every half minute and is not.

const labels: Record<WallConnection, string> = {
  off: 'Final figures',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  revoked: 'Link revoked',
  'signed-out': 'Signed out',
};

export function ConnectionBadge({
  connection,
  updatedAt,
  locale,
  timeZone,
  variant,
}: {
  connection: WallConnection;
  updatedAt: number;
  locale?: string;
  /** The office's zone (a TV shows its office's time, whatever the TV's own setting); the browser's when absent. */
  timeZone?: string;
  variant: 'screen' | 'tv';
}) {
  const isClient = useIsClient();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone }).format(updatedAt);
  return (
    <span className={`wall-connection wall-connection-${variant}`} data-state={connection}>
      <span role="status" aria-live="polite" className="wall-connection-state" data-testid="wall-connection">
        {labels[connection]}
      </span>
      {connection === 'off' || !isClient ? null : (
        <span className="wall-connection-updated">
          {connection === 'live' ? 'updated' : 'figures from'} <time dateTime={new Date(updatedAt).toISOString()}>{time}</time>
        </span>
      )}
    </span>
  );
}
