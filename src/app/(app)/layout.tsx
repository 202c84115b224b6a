import { Suspense, type ReactNode } from 'react';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { LiveIndicator } from '@/components/live-indicator';
import { MainNavigation } from '@/components/main-navigation';
import { NavigationProgress } from '@/components/navigation-progress';
import { KeyboardShortcuts } from '@/components/shortcuts/keyboard-shortcuts';
import { SignOutButton } from '@/components/sign-out-button';
import { naturalBoardPath } from './board/natural-board-path';

export const dynamic = 'force-dynamic';

const roleLabels = { REP: 'Rep', LEAD: 'Team lead', MANAGER: 'Manager', ADMIN: 'Admin' } as const;

// Every page in this group needs a session; without one the user is sent to sign in.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser();
  return (
    <div className="shell">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <span className="brand">Cadence</span>
        <MainNavigation role={user.role} boardHref={naturalBoardPath(user)} />
        <div className="shell-user">
          <LiveIndicator />
          <span data-testid="signed-in-user">
            {user.name} · {roleLabels[user.role]}
          </span>
          <SignOutButton />
        </div>
      </header>
      <main className="shell-main" id="main">
        {children}
      </main>
      <KeyboardShortcuts boardHref={naturalBoardPath(user)} />
    </div>
  );
}
