import type { ReactNode } from 'react';
import '@/components/admin/admin.css';
import '@/components/sprints/sprints.css';

export default function NotesLayout({ children }: { children: ReactNode }) {
  return children;
}
