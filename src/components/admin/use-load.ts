'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { messageOf, request } from './admin-api';

export type Loaded<T> = {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  reload: () => Promise<void>;
  setData: (update: (current: T | null) => T | null) => void;
};

/** GETs `path` (null waits) and keeps the parsed reply; `reload` fetches again. */
export function useLoad<T>(path: string | null, schema: z.ZodType<T>): Loaded<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(path !== null);
  // A new path is loading from the render that asks for it (state adjusted while rendering).
  const [requestedPath, setRequestedPath] = useState(path);
  if (requestedPath !== path) {
    setRequestedPath(path);
    if (path !== null) setLoading(true);
  }
  const latest = useRef(0);
  const schemaRef = useRef(schema);
  useLayoutEffect(() => {
    schemaRef.current = schema;
  });

  const fetchLatest = useCallback(async () => {
    if (path === null) return;
    const ticket = ++latest.current;
    try {
      const reply = await request('GET', path, schemaRef.current);
      if (ticket !== latest.current) return;
      setDataState(reply);
      setError(null);
    } catch (caught) {
      if (ticket !== latest.current) return;
      setError(messageOf(caught));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    void fetchLatest();
  }, [fetchLatest]);

  const load = useCallback(async () => {
    if (path !== null) setLoading(true);
    await fetchLatest();
  }, [path, fetchLatest]);

  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, isLoading, reload: load, setData };
}
