import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import '@/components/admin/admin.css';
import { ProfileView } from './profile-view';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await requireSessionUser('/settings/profile');
  return <ProfileView name={user.name} email={user.email} />;
}
