import type { Metadata } from 'next';
import { IntegrationsView } from '@/components/admin/integrations/integrations-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Integrations · Administration' };

export default async function IntegrationsPage() {
  return renderSection('integrations', () => <IntegrationsView />);
}
