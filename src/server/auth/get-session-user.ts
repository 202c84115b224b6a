import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestedPathHeader, safeReturnPath } from './requested-path';
import { authOptions } from './options';
import { loadSessionUser, type SessionUser } from './session-user';

/** The signed-in user for a server component, re-read from the database. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  return userId ? loadSessionUser(userId, session?.user?.generation ?? 0) : null;
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
