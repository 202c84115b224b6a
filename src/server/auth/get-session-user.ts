import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from './options';
import { loadSessionUser, type SessionUser } from './session-user';

/** The signed-in user for a server component, re-read from the database. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  return userId ? loadSessionUser(userId) : null;
}

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireSessionUser(returnTo = '/'): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
