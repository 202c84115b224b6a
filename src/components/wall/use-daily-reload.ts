'use client';

import { useEffect } from 'react';

// A screen left on for days reloads itself once a day at a quiet hour, so it picks up a
// new version of the app and starts from a clean page. It reloads only when the server
// answers: a reload while the server is down would leave the TV on a browser error page
// with nothing to bring it back.

const quietHour = 4;
const retryMs = 5 * 60_000;

function millisecondsUntilQuietHour(now: Date): number {
  const next = new Date(now);
  // A few minutes' spread, so a room full of screens does not reload at the same second.
  next.setHours(quietHour, Math.floor(Math.random() * 20), 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

export function useDailyReload(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let isStopped = false;
    const attempt = async () => {
      try {
        const response = await fetch('/api/health', { cache: 'no-store' });
        if (!isStopped && response.ok) {
          window.location.reload();
          return;
        }
      } catch {
        // The server is away: try again shortly, keeping the figures on screen.
      }
      if (!isStopped) timer = setTimeout(() => void attempt(), retryMs);
    };
    timer = setTimeout(() => void attempt(), millisecondsUntilQuietHour(new Date()));
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, []);
}
