import { Skeleton } from '@/components/ui/states';
import { WallPageLoading } from '@/components/wall/wall-page-loading';

// Shown while a burn-down loads: the frame of the chart.
export default function BurnDownLoading() {
  return (
    <WallPageLoading what="the burn-down" heading={<Skeleton className="wall-skeleton-line" style={{ width: 260, height: 28 }} />} bodyClassName="card">
      <Skeleton style={{ height: 420 }} />
    </WallPageLoading>
  );
}
