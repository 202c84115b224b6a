'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { TeamWin } from './live-snapshot';

// Wins waiting to be celebrated, one at a time, and the user's choice to celebrate at
// all (remembered in this browser). Only a handful wait: on a busy day the wall shows
// the latest wins rather than falling minutes behind.

export type Celebration = TeamWin & { key: number };

const celebrationMs = 5_000;
const maximumWaiting = 3;
const preferenceKey = 'cadence.wall.celebrations';

export function useCelebrations(isEnabled: boolean): { current: Celebration | null; celebrate: (wins: TeamWin[]) => void } {
  const [queue, setQueue] = useState<Celebration[]>([]);
  const counter = useRef(0);
  const enabled = useRef(isEnabled);
  useLayoutEffect(() => {
    enabled.current = isEnabled;
  });

  const celebrate = useCallback((wins: TeamWin[]) => {
    if (!enabled.current || wins.length === 0) return;
    const fresh = wins.map((win) => ({ ...win, key: (counter.current += 1) }));
    setQueue((current) => {
      if (current.length === 0) return [fresh[0]!, ...fresh.slice(1).slice(-maximumWaiting)];
      return [current[0]!, ...[...current.slice(1), ...fresh].slice(-maximumWaiting)];
    });
  }, []);

  // Turning celebrations off drops the waiting ones (state adjusted while rendering).
  const [wasEnabled, setWasEnabled] = useState(isEnabled);
  if (wasEnabled !== isEnabled) {
    setWasEnabled(isEnabled);
    if (!isEnabled) setQueue([]);
  }

  const current = queue[0] ?? null;
  const currentKey = current?.key;
  useEffect(() => {
    if (currentKey === undefined) return;
    const timer = setTimeout(() => setQueue((waiting) => waiting.slice(1)), celebrationMs);
    return () => clearTimeout(timer);
  }, [currentKey]);

  return { current, celebrate };
}

const subscribeToNothing = () => () => {};

function readStoredPreference(): boolean {
  try {
    return window.localStorage.getItem(preferenceKey) !== 'off';
  } catch {
    // Storage may be unavailable (private mode); keep the default.
    return true;
  }
}

/** Whether this browser celebrates wins on the wall: on unless the user turned it off. */
export function useCelebrationPreference(): [boolean, (isOn: boolean) => void] {
  // Read from storage once hydrated (the server renders the default); a choice made here overrides it.
  const stored = useSyncExternalStore(subscribeToNothing, readStoredPreference, () => true);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const isOn = chosen ?? stored;
  const update = useCallback((next: boolean) => {
    setChosen(next);
    try {
      window.localStorage.setItem(preferenceKey, next ? 'on' : 'off');
    } catch {
      // Remembered for this page only.
    }
  }, []);
  return [isOn, update];
}
