// Shown while the wall's figures load: the frame of the wall with placeholder bars.
export default function WallLoading() {
  return (
    <div className="wall-page" aria-busy="true" data-placeholder>
      <header className="wall-header">
        <div className="wall-heading">
          <h1 className="page-title">Wall</h1>
          <div className="skeleton wall-skeleton-line" />
        </div>
      </header>
      <p className="visually-hidden" role="status">
        Loading the wall…
      </p>
      <section className="wall-board card" aria-hidden="true">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="wall-skeleton-row">
            <div className="skeleton wall-skeleton-name" />
            <div className="skeleton wall-skeleton-track" style={{ width: `${80 - index * 7}%` }} />
          </div>
        ))}
      </section>
    </div>
  );
}
