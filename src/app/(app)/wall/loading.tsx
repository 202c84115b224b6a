import { Skeleton } from '@/components/ui/states';
import { WallPageLoading } from '@/components/wall/wall-page-loading';

// Shown while the wall's figures load: the frame of the wall with placeholder bars.
export default function WallLoading() {
  return (
    <WallPageLoading what="the wall" heading={<h1 className="page-title">Wall</h1>} bodyClassName="wall-board card">
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="wall-skeleton-row">
          <Skeleton className="wall-skeleton-name" />
          <Skeleton className="wall-skeleton-track" style={{ width: `${80 - index * 7}%` }} />
        </div>
      ))}
    </WallPageLoading>
  );
}
