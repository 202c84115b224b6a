'use client';

import { PageProblem } from '@/components/page-problem';

// Any page that failed to render (a database outage most often): see PageProblem.
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; reset: () => void; retry: () => void }) {
  return <PageProblem retry={retry} />;
}
