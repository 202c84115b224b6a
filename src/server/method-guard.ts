import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TApiErrorBody } from '@/schemas/api-error';

// Wrong methods are answered here, in the custom server, before Next.js sees them: a
// method a route does not serve gets 405 with an Allow header and an ErrorBody, and
// TRACE (which Next.js cannot handle: it answered a plain-text 500) never reaches it.

export type RouteMethods = { path: string; methods: readonly string[] };

/** Methods no part of the app serves, on any path. */
const refusedEverywhere = new Set(['TRACE', 'TRACK', 'CONNECT']);
/** Pages take GET, and POST for server actions. */
const pageMethods = ['GET', 'HEAD', 'POST'];

type Entry = { pattern: RegExp; allow: string[] };

function allowedMethods(methods: readonly string[]): string[] {
  const upper = methods.map((method) => method.toUpperCase());
  return [...new Set([...upper, ...(upper.includes('GET') ? ['HEAD'] : []), 'OPTIONS'])];
}

/** `/api/deals/{dealId}` → a pattern matching `/api/deals/abc`; `*` at the end matches any rest. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment === '*' ? '.+' : /^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

export function createMethodGuard(routes: readonly RouteMethods[]) {
  const entries: Entry[] = routes.map((route) => ({ pattern: patternOf(route.path), allow: allowedMethods(route.methods) }));

  /** The methods a path allows, or null when no API route serves it (Next.js answers 404). */
  function allowFor(pathname: string): string[] | null {
    if (!pathname.startsWith('/api/')) return pageMethods;
    return entries.find((entry) => entry.pattern.test(pathname))?.allow ?? null;
  }

  /** Answers a wrong method and returns true, or returns false to let Next.js answer. */
  return function answerWrongMethod(request: IncomingMessage, response: ServerResponse): boolean {
    const method = (request.method ?? 'GET').toUpperCase();
    let pathname = '/';
    try {
      pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      // an unparsable target: treat as the root
    }
    const allow = allowFor(pathname);
    if (!refusedEverywhere.has(method) && (allow === null || allow.includes(method))) return false;
    const allowed = allow ?? pageMethods;
    const body: TApiErrorBody = {
      error: { code: 'METHOD_NOT_ALLOWED', message: `${method} is not allowed here. Allowed: ${allowed.join(', ')}.` },
    };
    const text = JSON.stringify(body);
    response.writeHead(405, {
      allow: allowed.join(', '),
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    });
    response.end(method === 'HEAD' ? undefined : text);
    // Whatever body came with it is not read.
    request.resume();
    return true;
  };
}
