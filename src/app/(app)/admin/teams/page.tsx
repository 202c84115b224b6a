import type { Metadata } from 'next';
import { TeamsView } from '@/components/admin/teams-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Teams · Administration' };

export default async function TeamsPage() {
  return renderSection('teams', (user) => <TeamsView canEdit={user.role === 'ADMIN'} />);
}
