import type { Metadata } from 'next';
import { OfficesView } from '@/components/admin/offices-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Offices · Administration' };

export default async function OfficesPage() {
  return renderSection('offices', () => <OfficesView />);
}
