import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSetupStatus } from '@/server/use-cases/get-setup-status';
import { SetupView } from './setup-view';

export const metadata: Metadata = { title: 'Set up Cadence' };
export const dynamic = 'force-dynamic';

// GET /setup — first run on an empty database: the first admin, then the organisation.
export default async function SetupPage() {
  const status = await getSetupStatus();
  if (!status.needed) redirect('/signin');
  return (
    <main className="standalone-page">
      <div className="card standalone-card">
        <p className="brand">Cadence</p>
        <SetupView />
      </div>
    </main>
  );
}
