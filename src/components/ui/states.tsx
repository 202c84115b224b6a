import { AppLink } from '@/components/ui/app-link';
import type { ReactNode } from 'react';

// The loading and problem states every page shares: a page that cannot be shown explains
// why and offers one way on; a page that is loading says so to screen readers while its
// frame is drawn with placeholders (Skeleton).

export type ProblemText = { title: string; message: string };

/**
 * A plain explanation in place of a page. `className` is the page's own frame
 * ("board-page", "sprint-page") so the page keeps its width while it explains.
 */
export function ProblemState({
  title,
  message,
  href,
  action,
  className,
  titleId = 'problem-title',
}: ProblemText & { href: string; action: string; className?: string; titleId?: string }) {
  return (
    <div className={className ? `problem-state ${className}` : 'problem-state'}>
      <section className="card" aria-labelledby={titleId}>
        <h1 id={titleId} className="page-title">
          {title}
        </h1>
        <p className="page-subtitle">{message}</p>
        <AppLink className="button" href={href}>
          {action}
        </AppLink>
      </section>
    </div>
  );
}

/**
 * A page's frame while it loads: `header` is the top of the page as it will stand (its
 * title, or placeholders for it), `children` are the placeholders of its body, in a
 * frame of `bodyClassName`, hidden from screen readers, which hear "Loading …".
 */
export function LoadingState({
  what,
  className,
  header,
  bodyClassName,
  children,
}: {
  what: string;
  className?: string;
  header?: ReactNode;
  bodyClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={className} aria-busy="true" data-placeholder>
      {header}
      <p className="visually-hidden" role="status">
        Loading {what}…
      </p>
      <div className={bodyClassName} aria-hidden="true">
        {children}
      </div>
    </div>
  );
}

/** A shimmering placeholder; its size comes from `className` or `style`. */
export function Skeleton({ className, style }: { className?: string; style?: React.CSSProperties }) {
  return <div className={className ? `skeleton ${className}` : 'skeleton'} style={style} />;
}

/**
 * The placeholder of a plain page (a title, a line, and cards), for the routes whose
 * frame is the shell's: home, my day, settings, administration's sections.
 */
export function PageLoading({ what, cards = 2 }: { what: string; cards?: number }) {
  return (
    <LoadingState what={what} className="page-loading">
      <Skeleton className="page-loading-title" />
      <Skeleton className="page-loading-line" />
      {Array.from({ length: cards }, (_, index) => (
        <Skeleton key={index} className="page-loading-card" />
      ))}
    </LoadingState>
  );
}
