import type { ReactNode } from 'react';
import '@/components/admin/admin.css';
import '@/components/wall/wall.css';
import '@/components/sprints/sprints.css';

export default function SprintsLayout({ children }: { children: ReactNode }) {
  return children;
}
