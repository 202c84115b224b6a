import { AppLink } from '@/components/ui/app-link';

export default function NotFound() {
  return (
    <main className="signin-page">
      <div className="card signin-card">
        <h1>Page not found</h1>
        <p className="lead">There is nothing at this address.</p>
        <AppLink className="button" href="/">
          Go to Cadence
        </AppLink>
      </div>
    </main>
  );
}
