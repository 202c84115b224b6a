'use client';

import { PageProblem } from '@/components/page-problem';
import './globals.css';

// The root layout itself failed: this replaces it, so it brings its own <html> and styles.
export default function GlobalError({ retry }: { error: Error & { digest?: string }; reset: () => void; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <PageProblem retry={retry} />
      </body>
    </html>
  );
}
