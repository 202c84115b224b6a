import Link from 'next/link';

// A plain explanation in place of a wall or chart that cannot be shown.

export function WallProblem({ title, message, href = '/wall', action = 'Go to the wall' }: { title: string; message: string; href?: string; action?: string }) {
  return (
    <div className="wall-problem">
      <section className="card" aria-labelledby="wall-problem-title">
        <h1 id="wall-problem-title" className="page-title">
          {title}
        </h1>
        <p className="page-subtitle">{message}</p>
        <Link className="button" href={href}>
          {action}
        </Link>
      </section>
    </div>
  );
}
