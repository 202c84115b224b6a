import { LoadingState, Skeleton } from '@/components/ui/states';

// Shown while a board page loads: the board's frame with placeholder cards. Each board
// route has a loading.tsx that renders it; /board itself has none, so its redirect stays
// an HTTP redirect instead of a second page load after the placeholder has streamed.
const columns = ['Backlog', 'To do', 'In progress', 'Completed'];

const header = (
  <div className="board-header">
    <div className="board-heading">
      <Skeleton className="skeleton-title" />
      <Skeleton className="skeleton-line" />
    </div>
  </div>
);

export function BoardLoading() {
  return (
    <LoadingState what="the board" className="board-page" header={header} bodyClassName="board-scroll">
      <div className="board-grid" data-phone-column="TODO">
        <div className="board-header-row">
          <div className="board-corner">
            <span>Rep</span>
          </div>
          {columns.map((column) => (
            <div key={column} className="board-column-header">
              <h2 className="board-column-title">{column}</h2>
              <Skeleton className="skeleton-line short" />
            </div>
          ))}
        </div>
        {[0, 1, 2, 3].map((lane) => (
          <div key={lane} className="board-lane">
            <div className="board-lane-header">
              <Skeleton className="skeleton-line" />
              <Skeleton className="skeleton-line short" />
            </div>
            {columns.map((column, index) => (
              <div key={column} className="board-cell">
                {Array.from({ length: ((lane + index) % 3) + 1 }, (_, card) => (
                  <Skeleton key={card} className="skeleton-card" />
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </LoadingState>
  );
}
