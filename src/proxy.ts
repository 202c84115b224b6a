import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader } from '@/server/auth/requested-path';

// Tells server components which address was asked for, so that a signed-out visitor
// to a deep link (say /board/team/…) is sent back there after signing in. The header
// is always overwritten here, so a client cannot choose it.

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(requestedPathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, Next's own files or static assets.
  matcher: ['/((?!api/|_next/|socket\\.io/|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
