'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { messageOf, request } from './api-client';

// A list an administration page reads through the API client and reads again after its
// dialogs change it (or its filters do): the data, the message if it failed, and whether it
// is loading. Pages whose data does not change under them load in server components instead.

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
  const latest = useRef(0);
  const schemaRef = useRef(schema);

  useEffect(() => {
    schemaRef.current = schema;
  }, [schema]);

  const load = useCallback(async () => {
    if (path === null) return;
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const reply = await request('GET', path, { reply: schemaRef.current });
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
    void load();
  }, [load]);

  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, isLoading, reload: load, setData };
}
