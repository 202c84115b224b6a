'use client';

import { useCallback, useState } from 'react';
import { messageOf } from '@/lib/api-client';

// A request a button starts outside a form (resolve a blocker, tick an item, pause a
// connection, finish the standup): which one is under way, so its button waits, and the
// last failure as one line for a FormAlert. A form's submit goes through useZodForm instead.

export type BusyAction<Key extends string> = {
  /** The key of the run under way (a row's id, or the action's name), null when none is. */
  busy: Key | null;
  /** The last run's failure, as a sentence; cleared when the next run starts. */
  error: string | null;
  setError: (message: string | null) => void;
  /** Runs `work` under `key`: its result, or null when it failed (the reason is then in `error`). */
  run: <Result>(key: Key, work: () => Promise<Result>) => Promise<Result | null>;
};

export type BusyActionOptions = {
  /** How a failure is worded (default: messageOf, whose ApiError with issues reads "Check the highlighted fields."). */
  describeError?: (caught: unknown) => string;
};

export function useBusyAction<Key extends string = string>({ describeError = messageOf }: BusyActionOptions = {}): BusyAction<Key> {
  const [busy, setBusy] = useState<Key | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async <Result>(key: Key, work: () => Promise<Result>): Promise<Result | null> => {
    setBusy(key);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(describeError(caught));
      return null;
    } finally {
      setBusy(null);
    }
  }, [describeError]);

  return { busy, error, setError, run };
}
