/** The request header src/proxy.ts sets to the path (and query) a page was asked for. */
export const requestedPathHeader = 'x-cadence-requested-path';

/** A same-site path to return to after signing in, or '/' for anything else. */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  return path;
}
