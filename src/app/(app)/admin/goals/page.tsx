import type { Metadata } from 'next';
import { GoalGridView } from '@/components/admin/goal-grid-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Goals · Administration' };

export default async function GoalsPage() {
  return renderSection('goals', (user) => <GoalGridView isAdmin={user.role === 'ADMIN'} />);
}
