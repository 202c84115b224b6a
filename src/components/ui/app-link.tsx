'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * The app's link: next/link, prefetching its page when the user shows intent (a pointer
 * over it, focus, a finger on it) rather than whenever it scrolls into view.
 *
 * Every page carries the main navigation, and the board its sprint links: prefetching all
 * of them on sight asked the server for about twenty page payloads after every page view,
 * which competed with the next page's render on a busy server (decision 029). A pointer
 * reaches a link a few hundred milliseconds before the click, which is when the loading
 * state is fetched now, so a click still shows the page's placeholder at once.
 */
export function AppLink({ onMouseEnter, onFocus, onTouchStart, prefetch, ...props }: ComponentProps<typeof Link>) {
  const [wanted, setWanted] = useState(false);
  const want = () => {
    if (!wanted) setWanted(true);
  };
  return (
    <Link
      {...props}
      // null is next/link's default prefetching, started now that the link is wanted.
      prefetch={prefetch === false ? false : wanted ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        want();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        want();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        want();
        onTouchStart?.(event);
      }}
    />
  );
}
