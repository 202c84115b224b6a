import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { parseTheme, themeCookieName } from '@/lib/theme';
import { ProfileView } from './profile-view';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await requireSessionUser('/settings/profile');
  const theme = parseTheme((await cookies()).get(themeCookieName)?.value);
  return <ProfileView name={user.name} email={user.email} theme={theme} />;
}
