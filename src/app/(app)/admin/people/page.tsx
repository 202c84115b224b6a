import type { Metadata } from 'next';
import { PeopleView } from '@/components/admin/people-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'People · Administration' };

export default async function PeoplePage() {
  return renderSection('people', (user) => <PeopleView actorId={user.id} isAdmin={user.role === 'ADMIN'} />);
}
