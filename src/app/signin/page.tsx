import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/server/auth/get-session-user';
import { getSetupStatus } from '@/server/use-cases/get-setup-status';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  // Only paths on this site: never an absolute or protocol-relative URL.
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parameters = await searchParams;
  const returnTo = safeReturnPath(parameters.callbackUrl);
  if (await getSessionUser()) redirect(returnTo);
  // A new installation has nobody to sign in yet: its first admin is created in setup.
  if ((await getSetupStatus()).needed) redirect('/setup');
  return (
    <main className="signin-page">
      <div className="card signin-card">
        <p className="brand">Cadence</p>
        <h1>Sign in</h1>
        <p className="lead">Your team&apos;s board, burn-down and wall.</p>
        <SignInForm returnTo={returnTo} />
      </div>
    </main>
  );
}
