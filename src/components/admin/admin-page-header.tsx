import type { ReactNode } from 'react';

/** The top of an admin page: its title, what the page is for, and its main action (New office, Invite person) on the right. */
export function AdminPageHeader({ title, subtitle, children }: { title: string; subtitle: ReactNode; children?: ReactNode }) {
  return (
    <div className="admin-section-header">
      <div>
        <h1 className="page-title">{title}</h1>
        <p className="page-subtitle">{subtitle}</p>
      </div>
      {children}
    </div>
  );
}
