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
/** The request headers only the custom server may set. */
export const trustedRequestHeaders = [httpsRequestHeader, frameAncestorsHeader, nonceRequestHeader] as const;

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
