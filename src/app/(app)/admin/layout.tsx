import type { ReactNode } from 'react';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { sectionsFor } from './access';
import { AdminMenu } from './admin-menu';
import { NotAllowed } from './not-allowed';

export const dynamic = 'force-dynamic';

// Administration: a side menu of the parts the signed-in role may use, and the part opened.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser('/admin');
  const sections = sectionsFor(user);
  if (sections.length === 0) return <NotAllowed what="administer offices, teams, people or goals" />;
  return (
    <div className="admin-layout">
      <AdminMenu sections={sections} />
      <div>{children}</div>
    </div>
  );
}
