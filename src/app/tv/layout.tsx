import type { ReactNode } from 'react';
// The TV screen's own sheet: only TV pages load it, and no signed-in page links here, so a
// prefetch never preloads it elsewhere (decisions 020 and 027).
import '@/components/wall/tv.css';

// The public TV pages: outside the signed-in shell, no navigation, dark.
export default function TvLayout({ children }: { children: ReactNode }) {
  return <div className="tv-root">{children}</div>;
}
