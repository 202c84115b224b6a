import type { ReactNode } from 'react';
import '@/components/wall/wall.css';

export default function WallLayout({ children }: { children: ReactNode }) {
  return children;
}
