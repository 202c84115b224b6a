import { LoadingState, Skeleton } from '@/components/ui/states';

// Shown while a sprint page (overview, standup, retrospective, history) or the notes
// search loads: the page's frame with placeholders, and a status for screen readers.

export function SprintLoading({ what }: { what: string }) {
  return (
    <LoadingState what={what} className="sprint-page sprint-loading">
      <Skeleton className="sprint-skeleton-kicker" />
      <Skeleton className="sprint-skeleton-title" />
      <div className="sprint-skeleton-row">
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} className="sprint-skeleton-tab" />
        ))}
      </div>
      <Skeleton className="sprint-skeleton-card" />
      <Skeleton className="sprint-skeleton-card tall" />
    </LoadingState>
  );
}
