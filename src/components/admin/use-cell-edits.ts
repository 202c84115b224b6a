'use client';

import { useState } from 'react';
import { messageOf } from '@/lib/api-client';

// What the grids that edit their cells in place share (the goals, the exchange rates):
// each cell as typed, kept by its key until a save sends the changes; the save's one
// line of error and its notice.

type Parsed<Input> = { success: true; data: Input } | { success: false; error: { issues: readonly { message: string }[] } };

export type SaveCells<Input, Result> = {
  /** Why the typed cells cannot be sent yet (some are invalid), or null. */
  blocked: string | null;
  /** The changes, parsed with the route's schema: its first problem is the error. */
  parse: () => Parsed<Input>;
  send: (input: Input) => Promise<Result>;
  /** Reads the grid again once the changes are saved; the typed cells are cleared then. */
  reload: () => Promise<unknown>;
  /** The notice after a save: "Saved 3 goal(s)." */
  describe: (result: Result) => string;
  /** Handles a refusal itself (true), or leaves it to the error line (false). */
  refused?: (caught: unknown) => boolean;
};

export function useCellEdits() {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function saveCells<Input, Result>({ blocked, parse, send, reload, describe, refused }: SaveCells<Input, Result>): Promise<void> {
    if (blocked) {
      setError(blocked);
      return;
    }
    const parsed = parse();
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Nothing to save.');
      return;
    }
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const result = await send(parsed.data);
      await reload();
      setTexts({});
      setNotice(describe(result));
    } catch (caught) {
      if (!refused?.(caught)) setError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  }

  return { texts, setTexts, error, setError, notice, setNotice, isSaving, saveCells };
}
