import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestedPathHeader, safeReturnPath } from './requested-path';
import { sessionFromCookieHeader } from './authenticate-request';
import type { SessionUser } from './session-user';

/**
 * The signed-in user for a server component, re-read from the database. The cookie is
 * read under either of next-auth's names (`__Secure-…` when it was set over https), as
 * API requests and sockets read it.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await sessionFromCookieHeader((await headers()).get('cookie')))?.user ?? null;
}

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`
 * (by default the address that was asked for, as src/proxy.ts passes it on).
 */
export async function requireSessionUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = safeReturnPath(returnTo ?? (await headers()).get(requestedPathHeader));
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
