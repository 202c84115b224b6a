// Shown while a burn-down loads: the frame of the chart.
export default function BurnDownLoading() {
  return (
    <div className="wall-page" aria-busy="true" data-placeholder>
      <header className="wall-header">
        <div className="wall-heading">
          <div className="skeleton wall-skeleton-line" style={{ width: 260, height: 28 }} />
          <div className="skeleton wall-skeleton-line" />
        </div>
      </header>
      <p className="visually-hidden" role="status">
        Loading the burn-down…
      </p>
      <section className="card" aria-hidden="true">
        <div className="skeleton" style={{ height: 420 }} />
      </section>
    </div>
  );
}
