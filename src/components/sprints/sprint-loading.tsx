// Shown while a sprint page (overview, standup, retrospective, history) or the notes
// search loads: the page's frame with placeholders, and a status for screen readers.

export function SprintLoading({ what }: { what: string }) {
  return (
    <div className="sprint-page sprint-loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading {what}…
      </p>
      <div aria-hidden="true">
        <div className="sprint-skeleton sprint-skeleton-kicker" />
        <div className="sprint-skeleton sprint-skeleton-title" />
        <div className="sprint-skeleton-row">
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className="sprint-skeleton sprint-skeleton-tab" />
          ))}
        </div>
        <div className="sprint-skeleton sprint-skeleton-card" />
        <div className="sprint-skeleton sprint-skeleton-card tall" />
      </div>
    </div>
  );
}
