// The security headers of every answer (issue #16, item 10; decision 018). Pure: the
// custom server (src/main.ts) sets the ones every answer carries, src/proxy.ts builds each
// page's Content-Security-Policy around a fresh nonce. Both read what the custom server
// decided about the request from headers it always overwrites, so a client cannot choose
// them.

/** "1" when the request came over TLS (directly, or through a trusted proxy); set by the custom server. */
export const httpsRequestHeader = 'x-cadence-https';
/** The origins allowed to frame this page (TV pages only), space-separated; set by the custom server. */
export const frameAncestorsHeader = 'x-cadence-frame-ancestors';
/** This page's nonce, for a script of our own (src/app/layout.tsx); set by src/proxy.ts. */
export const nonceRequestHeader = 'x-nonce';
/** The client's Accept-Encoding, passed to a route that compresses its own answer (`compressesOwnAnswer`); set by the custom server. */
export const acceptEncodingRequestHeader = 'x-cadence-accept-encoding';
/** The request headers only the custom server may set. */
export const trustedRequestHeaders = [httpsRequestHeader, frameAncestorsHeader, nonceRequestHeader, acceptEncodingRequestHeader] as const;
/**
 * The encoding a route gave its answer's bytes itself. Next.js drops Content-Encoding from
 * a route's answer (and would gzip it again), so the route names it here and the custom
 * server sends it as Content-Encoding.
 */
export const contentEncodingResponseHeader = 'x-cadence-content-encoding';

/**
 * GET routes that compress their own answer, once for many requests: the wall snapshots
 * (470 KB of JSON for the large organisation's company, the same until a figure moves).
 * Next.js's compression is kept off them; every other answer keeps it.
 */
export function compressesOwnAnswer(method: string | undefined, path: string): boolean {
  return method === 'GET' && (path === '/api/wall' || /^\/api\/tv\/[^/]+$/.test(path));
}

/** The pages an admin may let a signage player frame. */
export function isTvPath(path: string): boolean {
  return path.startsWith('/tv/');
}

/** Images, fonts, connections (the socket.io one is same-origin: ws: or wss:, which 'self' covers) and workers from this origin only; no plugins, no <base>. */
const sameOriginSources = [
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
];

/**
 * The API reference (/api/docs): Redoc's bundle from this server, its styles inline, its
 * search in a blob worker. Nothing from another host: the one image Redoc's footer takes
 * from its CDN (its attribution logo) is blocked and hidden.
 */
const apiReferencePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  ...sameOriginSources,
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON and files need nothing; a page sets its own policy (src/proxy.ts). */
const answerPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers on every answer: pages, API, Next's files and the custom server's own refusals. */
export function baseSecurityHeaders(options: { path: string; isHttps: boolean; isFramable: boolean }): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    // Nothing of an address leaves the site (a TV link is a credential in its path).
    'referrer-policy': 'same-origin',
    // For browsers that ignore frame-ancestors; a TV page's CSP names who may frame it.
    ...(options.isFramable ? {} : { 'x-frame-options': 'DENY' }),
    ...(options.isHttps ? { 'strict-transport-security': 'max-age=31536000' } : {}),
    'content-security-policy': options.path === '/api/docs' ? apiReferencePolicy : answerPolicy,
  };
}

/**
 * The policy of a page. Scripts run only with this request's nonce (Next.js puts it on its
 * own scripts, reading it from the request's copy of this header), and those scripts may
 * load the chunks they need ('strict-dynamic'). Style attributes stay allowed: React writes
 * widths and positions (bars, charts, dragged cards) as `style`.
 */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  isDevelopment: boolean;
  isHttps: boolean;
  /** Origins allowed to frame the page; none means nobody. */
  frameAncestors: readonly string[];
}): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ''}`,
    // Browsers without the -elem/-attr split fall back to style-src.
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' 'nonce-${options.nonce}'${options.isDevelopment ? " 'unsafe-inline'" : ''}`,
    "style-src-attr 'unsafe-inline'",
    ...sameOriginSources,
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors.length > 0 ? options.frameAncestors.join(' ') : "'none'"}`,
    ...(options.isHttps ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** A nonce: 16 random bytes, base64 (Web Crypto, so it runs wherever the proxy runs). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The framing origins as the custom server passes them on: only well-formed origins survive. */
export function parseFrameAncestors(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(' ')
    .filter((origin) => /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(origin));
}

/**
 * Whether an Accept-Encoding header takes gzip: listed (or `*`) without `q=0`. A listed
 * `gzip;q=0` refuses it even when `*` is allowed.
 */
export function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    const isAllowed = quality === undefined || Number(quality.slice(2)) > 0;
    if (name === 'gzip' || name === 'x-gzip') return isAllowed;
    if (name === '*') wildcard = isAllowed;
  }
  return wildcard;
}
