import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { sectionsFor } from './access';
import { NotAllowed } from './not-allowed';

export const metadata: Metadata = { title: 'Administration' };

// /admin opens the first part the signed-in role may use.
export default async function AdminPage() {
  const user = await requireSessionUser('/admin');
  const [first] = sectionsFor(user);
  if (!first) return <NotAllowed what="administer offices, teams, people or goals" />;
  redirect(`/admin/${first.key}`);
}
