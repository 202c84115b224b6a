import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { nonceRequestHeader } from '@/server/web-headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cadence', template: '%s · Cadence' },
  description: 'The deal board, burn-down and wallboard for sales teams that run like scrum teams.',
};

// zod probes for `new Function` (its faster object parser) when it builds its first object
// schema; the page's policy forbids eval, and the probe, though caught, is reported as a
// violation. Telling zod first, before any bundle runs, skips the probe in the browser.
const zodWithoutEval = 'globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});';

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request: its scripts carry that
  // request's CSP nonce (src/proxy.ts), which a page prerendered at build time could not know.
  const nonce = (await headers()).get(nonceRequestHeader) ?? undefined;
  return (
    <html lang="en">
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: zodWithoutEval }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
