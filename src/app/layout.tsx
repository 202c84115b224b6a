import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { parseTheme, themeAttribute, themeCookieName } from '@/lib/theme';
import { nonceRequestHeader } from '@/server/web-headers';
import './globals.css';
// Every feature sheet loads here, once, on every page (decision 020), except the TV
// screen's own rules, which src/app/tv/layout.tsx loads (decision 027). A sheet imported by
// a route's layout is preloaded whenever a link to that route is prefetched, and Chromium
// then warns that it "was preloaded using link preload but not used within a few seconds"
// on every page that merely links there (vercel/next.js#51524). The sheets style only
// their own namespaced classes (decision 017), so loading them all changes no page's look.
import '@/components/admin/admin.css';
import '@/components/wall/wall.css';
import '@/components/sprints/sprints.css';
import '@/components/sprints/board-sprint-strip.css';
import '@/components/signals/signals.css';
import '@/components/forecast/forecast.css';
import './(app)/board/board.css';
import './(app)/home.css';

export const metadata: Metadata = {
  title: { default: 'Cadence', template: '%s · Cadence' },
  description: 'The deal board, burn-down and wallboard for sales teams that run like scrum teams.',
};

// zod probes for `new Function` (its faster object parser) when it builds its first object
// schema; the page's policy forbids eval, and the probe, though caught, is reported as a
// violation. Telling zod first, before any bundle runs, skips the probe in the browser.
const zodWithoutEval = 'globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});';

// The theme chosen in the profile is written on <html> here, in the first response;
// without a choice the page follows the system's colour scheme (globals.css).
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request: its scripts carry that
  // request's CSP nonce (src/proxy.ts), which a page prerendered at build time could not know.
  const nonce = (await headers()).get(nonceRequestHeader) ?? undefined;
  const theme = parseTheme((await cookies()).get(themeCookieName)?.value);
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: zodWithoutEval }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
