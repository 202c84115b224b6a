import type { Metadata } from 'next';
import { getPasswordLinkStatus } from '@/server/use-cases/get-password-link-status';
import { SetPasswordView } from './set-password-view';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

// GET /set-password/:token — the one-time link from an invitation or a password reset.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await getPasswordLinkStatus({ token: decodeURIComponent(token) });
  return (
    <main className="standalone-page">
      <div className="card standalone-card">
        <p className="brand">Cadence</p>
        <SetPasswordView token={decodeURIComponent(token)} status={status} />
      </div>
    </main>
  );
}
