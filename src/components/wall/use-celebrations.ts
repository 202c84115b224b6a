'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
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
  enabled.current = isEnabled;

  const celebrate = useCallback((wins: TeamWin[]) => {
    if (!enabled.current || wins.length === 0) return;
    const fresh = wins.map((win) => ({ ...win, key: (counter.current += 1) }));
    setQueue((current) => {
      if (current.length === 0) return [fresh[0]!, ...fresh.slice(1).slice(-maximumWaiting)];
      return [current[0]!, ...[...current.slice(1), ...fresh].slice(-maximumWaiting)];
    });
  }, []);

  useEffect(() => {
    if (!isEnabled) setQueue([]);
  }, [isEnabled]);

  const current = queue[0] ?? null;
  const currentKey = current?.key;
  useEffect(() => {
    if (currentKey === undefined) return;
    const timer = setTimeout(() => setQueue((waiting) => waiting.slice(1)), celebrationMs);
    return () => clearTimeout(timer);
  }, [currentKey]);

  return { current, celebrate };
}

/** Whether this browser celebrates wins on the wall: on unless the user turned it off. */
export function useCelebrationPreference(): [boolean, (isOn: boolean) => void] {
  const [isOn, setOn] = useState(true);
  useEffect(() => {
    try {
      setOn(window.localStorage.getItem(preferenceKey) !== 'off');
    } catch {
      // Storage may be unavailable (private mode); keep the default.
    }
  }, []);
  const update = useCallback((next: boolean) => {
    setOn(next);
    try {
      window.localStorage.setItem(preferenceKey, next ? 'on' : 'off');
    } catch {
      // Remembered for this page only.
    }
  }, []);
  return [isOn, update];
}
