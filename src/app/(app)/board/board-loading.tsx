// Shown while a board page loads: the board's frame with placeholder cards. Each board
// route has a loading.tsx that renders it; /board itself has none, so its redirect stays
// an HTTP redirect instead of a second page load after the placeholder has streamed.
const columns = ['Backlog', 'To do', 'In progress', 'Completed'];

export function BoardLoading() {
  return (
    <div className="board-page" aria-busy="true" data-placeholder>
      <div className="board-header">
        <div className="board-heading">
          <div className="skeleton skeleton-title" />
          <div className="skeleton skeleton-line" />
        </div>
      </div>
      <p className="visually-hidden" role="status">
        Loading the board…
      </p>
      <div className="board-scroll" aria-hidden="true">
        <div className="board-grid" data-phone-column="TODO">
          <div className="board-header-row">
            <div className="board-corner">
              <span>Rep</span>
            </div>
            {columns.map((column) => (
              <div key={column} className="board-column-header">
                <h2 className="board-column-title">{column}</h2>
                <div className="skeleton skeleton-line short" />
              </div>
            ))}
          </div>
          {[0, 1, 2, 3].map((lane) => (
            <div key={lane} className="board-lane">
              <div className="board-lane-header">
                <div className="skeleton skeleton-line" />
                <div className="skeleton skeleton-line short" />
              </div>
              {columns.map((column, index) => (
                <div key={column} className="board-cell">
                  {Array.from({ length: ((lane + index) % 3) + 1 }, (_, card) => (
                    <div key={card} className="skeleton skeleton-card" />
                  ))}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
