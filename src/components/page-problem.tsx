'use client';

import { useEffect, useState } from 'react';

// What a page shows when it could not be rendered (src/app/error.tsx and
// global-error.tsx). A server component's error reaches the browser without its message,
// so the page asks /api/health why: while the database is unreachable (503) or the server
// does not answer at all, it says so and keeps asking every few seconds, and renders the
// page again by itself once Cadence answers. Any other failure offers "Try again".

export type PageProblemKind = 'checking' | 'database' | 'offline' | 'other';

const pollMilliseconds = 3_000;

/** What /api/health says about the failure: the database, the server, or neither. */
async function diagnose(): Promise<{ kind: PageProblemKind; reason: string | null }> {
  try {
    const response = await fetch('/api/health', { cache: 'no-store' });
    if (response.status === 503) {
      const body = (await response.json().catch(() => null)) as { reason?: unknown } | null;
      return { kind: 'database', reason: typeof body?.reason === 'string' ? body.reason : null };
    }
    return { kind: response.ok ? 'other' : 'offline', reason: null };
  } catch {
    return { kind: 'offline', reason: null };
  }
}

export function PageProblem({ retry }: { retry: () => void }) {
  const [problem, setProblem] = useState<{ kind: PageProblemKind; reason: string | null }>({ kind: 'checking', reason: null });

  useEffect(() => {
    let isCancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const check = async () => {
      const found = await diagnose();
      if (isCancelled) return;
      if (found.kind === 'database' || found.kind === 'offline') {
        wasDown = true;
        setProblem(found);
        timer = setTimeout(() => void check(), pollMilliseconds);
        return;
      }
      // Cadence answers again: render the page afresh (it failed because it was down).
      if (wasDown) retry();
      else setProblem(found);
    };
    void check();
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [retry]);

  const isRetrying = problem.kind === 'database' || problem.kind === 'offline';
  return (
    <main className="signin-page" data-problem={problem.kind}>
      <div className="card signin-card" role={isRetrying ? 'alert' : undefined} aria-busy={problem.kind === 'checking'}>
        {problem.kind === 'database' ? (
          <>
            <h1>Cadence can&apos;t reach its database, retrying</h1>
            <p className="lead">Nothing you saved is lost. This page comes back by itself as soon as the database answers.</p>
            {problem.reason ? <p className="lead">{problem.reason}</p> : null}
          </>
        ) : problem.kind === 'offline' ? (
          <>
            <h1>Cadence can&apos;t be reached, retrying</h1>
            <p className="lead">The server is not answering. This page comes back by itself as soon as it does.</p>
          </>
        ) : problem.kind === 'checking' ? (
          <>
            <h1>Something went wrong</h1>
            <p className="lead">Checking what happened…</p>
          </>
        ) : (
          <>
            <h1>Something went wrong</h1>
            <p className="lead">This page could not be shown. Try again; if it keeps happening, tell your administrator.</p>
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          </>
        )}
      </div>
    </main>
  );
}
