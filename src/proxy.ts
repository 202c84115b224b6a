import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader } from '@/server/auth/requested-path';
import { createNonce, frameAncestorsHeader, httpsRequestHeader, nonceRequestHeader, pageContentSecurityPolicy, parseFrameAncestors } from '@/server/web-headers';

// Runs before every page (Next.js 16's proxy):
//
// - gives the page its Content-Security-Policy around a fresh nonce (Next.js's documented
//   way: it reads the nonce from the request's copy of the header and puts it on its own
//   scripts; every page is rendered per request, see src/app/layout.tsx). A TV page may
//   be framed by the origins an admin listed, which the custom server passes on;
// - tells server components which address was asked for, so that a signed-out visitor
//   to a deep link (say /board/team/…) is sent back there after signing in.
// The headers read here are always overwritten by the custom server (src/main.ts), and
// the one set here always by this function, so a client cannot choose them.

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === 'development',
    isHttps: request.headers.get(httpsRequestHeader) === '1',
    frameAncestors: parseFrameAncestors(request.headers.get(frameAncestorsHeader)),
  });
  const headers = new Headers(request.headers);
  headers.set(requestedPathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set('content-security-policy', policy);
  headers.set(nonceRequestHeader, nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files or static assets (the custom server gives
  // those a policy that allows nothing).
  matcher: ['/((?!api/|_next/|socket\\.io/|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
