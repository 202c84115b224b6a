import type { ReactNode } from 'react';
import { requireSessionUser } from '@/server/auth/get-session-user';
import type { SessionUser } from '@/server/auth/session-user';
import { adminSections, canOpenSection, type AdminSection } from './access';
import { NotAllowed } from './not-allowed';

/** Reads the session and renders the section's view, or a clear refusal for a role that may not open it. */
export async function renderSection(section: AdminSection, render: (user: SessionUser) => ReactNode): Promise<ReactNode> {
  const user = await requireSessionUser(`/admin/${section}`);
  if (!canOpenSection(user, section)) return <NotAllowed what={`open ${adminSections[section].label.toLowerCase()}`} />;
  return render(user);
}
