'use client';

import { useEffect, useState } from 'react';
import { apiPath, messageOf, request } from '@/lib/api-client';
import { ZTvPairingStarted, ZTvPairingStatus, type TTvPairingStarted } from '@/schemas/wall';

// The short address a TV opens to be paired (/tv): it asks for a 6-digit code, shows it
// large, and checks every few seconds whether someone has entered it in Cadence; then it
// opens its new link. A code lasts 10 minutes; the screen then asks for a new one.

const pollMs = 2_500;

export function formatPairingCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export function TvPairingScreen() {
  const [pairing, setPairing] = useState<TTvPairingStarted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startAgain = (delayMs: number) => {
      timer = setTimeout(() => {
        if (isCurrent) setRound((current) => current + 1);
      }, delayMs);
    };
    request('POST', '/api/tv-pairings', { reply: ZTvPairingStarted }).then(
      (started) => {
        if (!isCurrent) return;
        setPairing(started);
        setError(null);
        const poll = () => {
          timer = setTimeout(() => {
            request('GET', apiPath('/api/tv-pairings', started.pairingId), { reply: ZTvPairingStatus, headers: { 'x-pairing-secret': started.secret } }).then(
              (status) => {
                if (!isCurrent) return;
                if (status.status === 'paired') window.location.replace(status.path);
                else poll();
              },
              // Expired or used: a new code.
              () => isCurrent && startAgain(0),
            );
          }, pollMs);
        };
        poll();
      },
      (caught: unknown) => {
        if (!isCurrent) return;
        setError(messageOf(caught));
        startAgain(30_000);
      },
    );
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [round]);

  return (
    <main className="tv-screen tv-message tv-pairing" data-testid="tv-pairing">
      <div>
        <p className="tv-brand">Cadence</p>
        <h1>Pair this screen</h1>
        {pairing ? (
          <>
            <p className="tv-pairing-code" aria-label={`Pairing code ${pairing.code.split('').join(' ')}`} data-code={pairing.code}>
              {formatPairingCode(pairing.code)}
            </p>
            <p>
              In Cadence, open <strong>TV links</strong> and type this code under “Pair a screen”. The screen then shows its wall by
              itself. The code works once, for 10 minutes.
            </p>
          </>
        ) : error ? (
          <p role="alert">{error} Trying again shortly.</p>
        ) : (
          <p>Asking for a code…</p>
        )}
      </div>
    </main>
  );
}
