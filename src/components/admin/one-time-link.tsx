'use client';

import { useId, useSyncExternalStore } from 'react';
import { useClipboard } from '@/components/ui/use-clipboard';

// Shows a one-time set-password link as a full address (this site's origin + the path the
// server returned) with a Copy button. The link is shown once; the server keeps only a hash.

const subscribeToNothing = () => () => {};
const readOrigin = () => window.location.origin;

export function OneTimeLink({ path, personName, expiresAt }: { path: string; personName: string; expiresAt?: string | null }) {
  const inputId = useId();
  // The origin is known in the browser only: the server renders the path alone.
  const origin = useSyncExternalStore(subscribeToNothing, readOrigin, () => '');
  const { state: copied, copy } = useClipboard();
  const url = /^https?:\/\//.test(path) ? path : `${origin}${path}`;

  return (
    <div className="notice success-notice" role="status">
      <p style={{ marginTop: 0 }}>
        Send this link to <strong>{personName}</strong> so they can set their password. It works once
        {expiresAt ? <> and until {new Date(expiresAt).toLocaleString()}</> : null}, and will not be shown again.
      </p>
      <label htmlFor={inputId} className="visually-hidden">
        Set-password link for {personName}
      </label>
      <div className="link-box">
        <input id={inputId} readOnly value={url} data-testid="one-time-link" onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button secondary" onClick={() => void copy(url)}>
          {copied === 'copied' ? 'Copied' : 'Copy link'}
        </button>
      </div>
      {copied === 'failed' ? <p className="small">Copying was refused by the browser: select the link and copy it by hand.</p> : null}
    </div>
  );
}
