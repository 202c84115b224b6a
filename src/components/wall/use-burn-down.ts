'use client';

import { useEffect, useState } from 'react';
import type { TBurnDown, TWallBar } from '@/schemas/wall';
import { fetchBurnDown } from './wall-api';

// Loads one scope's burn-down and loads it again whenever `refreshKey` changes (the
// wall's figures moved), keeping the chart on screen while the new one arrives.

type State = { burnDown: TBurnDown | null; error: string | null; isLoading: boolean };

export function useBurnDown(options: {
  bar: Pick<TWallBar, 'kind' | 'id'>;
  month: string;
  refreshKey: number;
  initial?: TBurnDown | null;
}): State {
  const { bar, month, refreshKey } = options;
  const [state, setState] = useState<State>({ burnDown: options.initial ?? null, error: null, isLoading: !options.initial });
  const [initialKey] = useState(refreshKey);
  const hasInitial = !!options.initial;
  const { kind, id } = bar;
  const shouldFetch = !(hasInitial && refreshKey === initialKey);

  // A new request shows as loading from the render that asks for it (state adjusted while rendering).
  const requestKey = `${kind} ${id} ${month} ${refreshKey}`;
  const [requestedKey, setRequestedKey] = useState(requestKey);
  if (requestedKey !== requestKey) {
    setRequestedKey(requestKey);
    if (shouldFetch) setState((current) => ({ ...current, isLoading: true }));
  }

  useEffect(() => {
    // The server already sent this one with the page.
    if (!shouldFetch) return;
    const controller = new AbortController();
    fetchBurnDown({ kind, id }, month, controller.signal).then(
      (burnDown) => setState({ burnDown, error: null, isLoading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({ ...current, error: error instanceof Error ? error.message : String(error), isLoading: false }));
      },
    );
    return () => controller.abort();
  }, [kind, id, month, refreshKey, shouldFetch]);

  return state;
}
