import { AppLink } from '@/components/ui/app-link';

/** What someone sees when their role may not open a part of administration. */
export function NotAllowed({ what }: { what: string }) {
  return (
    <section className="card" aria-labelledby="not-allowed-heading" style={{ maxWidth: 640 }}>
      <h1 id="not-allowed-heading" className="page-title">
        Not allowed
      </h1>
      <p className="alert" role="alert" data-testid="not-allowed">
        Your role does not allow you to {what}. Ask an administrator if you need access.
      </p>
      <p style={{ marginBottom: 0 }}>
        <AppLink href="/">Back to home</AppLink>
      </p>
    </section>
  );
}
