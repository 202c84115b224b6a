import type { ReactNode } from 'react';
import { LoadingState, Skeleton } from '@/components/ui/states';

/**
 * A wall page's frame while it loads (the wall, a burn-down): its header with `heading`
 * (the page's title, or a placeholder for it), and `children`, the placeholders of its
 * body, in a frame of `bodyClassName`.
 */
export function WallPageLoading({ what, heading, bodyClassName, children }: { what: string; heading: ReactNode; bodyClassName: string; children: ReactNode }) {
  const header = (
    <header className="wall-header">
      <div className="wall-heading">
        {heading}
        <Skeleton className="wall-skeleton-line" />
      </div>
    </header>
  );
  return (
    <LoadingState what={what} className="wall-page" header={header} bodyClassName={bodyClassName}>
      {children}
    </LoadingState>
  );
}
