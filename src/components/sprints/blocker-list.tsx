'use client';

import { formatInstant } from '@/components/board/board-format';
import { useId, useState, type FormEvent } from 'react';
import type { TBlocker } from '@/schemas/sprint';
import { ApiError, messageOf } from '@/lib/api-client';
import { ZCreateBlockerInput } from '@/schemas/sprint';
import { FormAlert } from '@/components/ui/field';
import { useBusyAction } from '@/components/ui/use-busy-action';

// A rep's blockers at the standup. Whoever runs the standup notes new ones and marks them
// resolved; everyone else reads them.

export function BlockerList({
  repName,
  blockers,
  canEdit,
  locale,
  timeZone,
  onAdd,
  onResolve,
}: {
  repName: string;
  blockers: TBlocker[];
  canEdit: boolean;
  locale: string;
  timeZone: string;
  onAdd: (text: string) => Promise<void>;
  onResolve: (blocker: TBlocker, resolved: boolean) => Promise<void>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const resolving = useBusyAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateBlockerInput.shape.text.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Describe the blocker');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onAdd(parsed.data);
      setText('');
    } catch (caught) {
      setError(caught instanceof ApiError && caught.issues[0] ? caught.issues[0].message : messageOf(caught));
    } finally {
      setSaving(false);
    }
  }

  async function resolve(blocker: TBlocker, resolved: boolean) {
    await resolving.run(blocker.id, () => onResolve(blocker, resolved));
  }

  return (
    <div className="blockers">
      <FormAlert message={resolving.error} />
      {blockers.length === 0 ? (
        <p className="empty">No blockers</p>
      ) : (
        <ul className="blocker-list">
          {blockers.map((blocker) => (
            <li key={blocker.id} data-resolved={blocker.resolvedAt ? 'true' : undefined}>
              <span className="blocker-text">
                {blocker.resolvedAt ? <span className="done-badge">Resolved</span> : <span className="blocker-badge">Blocker</span>} {blocker.text}
                <span className="muted small"> · noted {formatInstant(blocker.createdAt, locale, timeZone)}</span>
              </span>
              {canEdit ? (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={resolving.busy === blocker.id}
                  aria-label={`${blocker.resolvedAt ? 'Reopen' : 'Resolve'} blocker: ${blocker.text}`}
                  onClick={() => void resolve(blocker, !blocker.resolvedAt)}
                >
                  {blocker.resolvedAt ? 'Reopen' : 'Resolve'}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form className="inline-form" aria-label="Add blocker" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-text`}>Blocker for {repName}</label>
            <input
              id={`${id}-text`}
              value={text}
              maxLength={500}
              onChange={(event) => setText(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              placeholder="e.g. Waiting on legal review for the Acme contract"
            />
            {error ? (
              <span id={`${id}-error`} className="field-error">
                {error}
              </span>
            ) : null}
          </div>
          <button type="submit" className="button secondary" disabled={isSaving}>
            {isSaving ? 'Adding…' : 'Add blocker'}
          </button>
        </form>
      ) : null}
    </div>
  );
}
