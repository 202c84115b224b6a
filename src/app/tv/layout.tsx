import type { ReactNode } from 'react';

// The public TV pages: outside the signed-in shell, no navigation, dark.
export default function TvLayout({ children }: { children: ReactNode }) {
  return <div className="tv-root">{children}</div>;
}
