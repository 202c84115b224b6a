import type { Metadata } from 'next';
import { AuditLogView } from '@/components/admin/audit-log-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Audit log · Administration' };

export default async function AuditPage() {
  return renderSection('audit', () => <AuditLogView />);
}
