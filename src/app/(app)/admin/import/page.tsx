import type { Metadata } from 'next';
import { ImportView } from '@/components/admin/import/import-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Import · Administration' };

export default async function ImportPage() {
  return renderSection('import', () => <ImportView />);
}
