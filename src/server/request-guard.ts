import type { IncomingHttpHeaders } from 'node:http';
import type { ErrorCode } from './errors';

// What the custom server refuses before Next.js sees a request (src/server/main.ts):
//
// - an API address whose path is not valid percent-encoding or holds a NUL byte
//   (Next.js answered those with a plain-text 500);
// - a forged write: a write to the API that rests on the session cookie must be JSON
//   and come from this origin, by its Origin header or, failing that, its
//   Sec-Fetch-Site header. A form on another site, or on another port of this host
//   (same site, not same origin), cannot set either. Requests with a Bearer token carry
//   no ambient credential and pass; next-auth's own form posts under /api/auth/ carry
//   its double-submit CSRF token, which next-auth checks itself.

export type GuardedRequest = {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Whether the request reached us over TLS, directly or through a trusted proxy. */
  isHttps: boolean;
};

export type Refusal = { status: number; code: ErrorCode; message: string };

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const sessionCookiePattern = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The path of a request target, without its query. */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function checkPath(path: string): Refusal | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, code: 'BAD_REQUEST', message: 'The address is not valid percent-encoding.' };
  }
  if (decoded.includes('\u0000')) return { status: 400, code: 'BAD_REQUEST', message: 'The address cannot contain a NUL character.' };
  return null;
}

/** Where a file is uploaded as multipart/form-data (the CRM import); every other write is JSON. */
const uploadPaths = ['/api/admin/imports'];

function isAcceptedBody(contentType: string | undefined, path: string): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json' || (mediaType?.startsWith('application/') === true && mediaType.endsWith('+json'))) return true;
  return mediaType === 'multipart/form-data' && uploadPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = header(headers, 'content-length');
  return header(headers, 'transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

/** The origins this server answers as: its own Host, plus NEXTAUTH_URL's origin. */
export function ownOrigins(request: GuardedRequest, configuredUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  const host = header(request.headers, 'host');
  if (host) origins.add(`${request.isHttps ? 'https' : 'http'}://${host.toLowerCase()}`);
  if (configuredUrl) {
    try {
      origins.add(new URL(configuredUrl).origin);
    } catch {
      // An invalid NEXTAUTH_URL is refused at start-up (src/server/env.ts).
    }
  }
  return origins;
}

/** Why a write resting on the session cookie is refused, or null when it may go on. */
function checkForgery(request: GuardedRequest, path: string, configuredUrl: string | undefined): Refusal | null {
  const refuse = (message: string): Refusal => ({ status: 403, code: 'FORBIDDEN', message });
  const contentType = header(request.headers, 'content-type');
  if ((contentType !== undefined || hasBody(request.headers)) && !isAcceptedBody(contentType, path)) {
    return refuse('Writes must be sent as application/json.');
  }
  const origin = header(request.headers, 'origin');
  if (origin !== undefined) {
    if (ownOrigins(request, configuredUrl).has(origin.toLowerCase())) return null;
    return refuse(`Cross-origin write refused: requests from ${origin} may not use this session.`);
  }
  const fetchSite = header(request.headers, 'sec-fetch-site');
  if (fetchSite === 'same-origin') return null;
  if (fetchSite !== undefined) return refuse(`Cross-origin write refused (Sec-Fetch-Site: ${fetchSite}).`);
  return refuse('A write signed in by cookie must carry an Origin header from this site (or use an API token).');
}

/** Whether a request came over TLS: its own socket, or a proxy we were told to trust. */
export function isHttpsRequest(options: { encrypted: boolean; forwardedProto: string | undefined; trustProxy: boolean }): boolean {
  if (options.encrypted) return true;
  if (!options.trustProxy || !options.forwardedProto) return false;
  // A chain of proxies lists protocols left to right; the first is what the browser used.
  return options.forwardedProto.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * A CRM's webhook receiver: machines post there with a signature (or Basic credentials, or
 * a URL token) and no cookie is ever read, so there is no session to forge; Salesforce
 * posts SOAP (text/xml). The receiver checks the request itself.
 */
const webhookReceiverPath = /^\/api\/integrations\/[^/]+\/webhook$/;

/** Why the server refuses a request outright, or null when Next.js should answer it. */
export function checkRequest(request: GuardedRequest, options: { configuredUrl?: string } = {}): Refusal | null {
  const path = pathOf(request.url);
  const pathProblem = checkPath(path);
  if (pathProblem) return pathProblem;
  if (!path.startsWith('/api/')) return null;
  if (safeMethods.has(request.method.toUpperCase())) return null;
  if (path.startsWith('/api/auth/')) return null;
  if (webhookReceiverPath.test(path)) return null;
  if (header(request.headers, 'authorization') !== undefined) return null;
  // No session cookie: nothing ambient to borrow, but writes are still JSON only.
  if (!sessionCookiePattern.test(header(request.headers, 'cookie') ?? '')) {
    const contentType = header(request.headers, 'content-type');
    if ((contentType !== undefined || hasBody(request.headers)) && !isAcceptedBody(contentType, path)) {
      return { status: 403, code: 'FORBIDDEN', message: 'Writes must be sent as application/json.' };
    }
    return null;
  }
  return checkForgery(request, path, options.configuredUrl);
}
