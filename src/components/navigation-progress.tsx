'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

// A thin bar across the top of the window while a client navigation is under way: from
// a click on a link to another page of the app (or Back/Forward, or a keyboard shortcut
// announcing one with `announceNavigation`) until the new page is there. The new address
// usually shows at once with the route's placeholder (its loading.tsx, marked
// data-placeholder), so the bar runs on until the page has replaced it.

const navigationEvent = 'cadence:navigation-start';

/** Tells the bar that code (not a link) is starting a navigation, e.g. `router.push`. */
export function announceNavigation(): void {
  window.dispatchEvent(new Event(navigationEvent));
}

type State = 'idle' | 'loading' | 'settling' | 'done';

function isAppNavigation(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin && (url.pathname !== window.location.pathname || url.search !== window.location.search);
}

export function NavigationProgress() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [state, setState] = useState<State>('idle');
  const [shownAt, setShownAt] = useState(`${pathname}?${search}`);
  // The new address is on screen: finish the bar (state adjusted while rendering).
  if (shownAt !== `${pathname}?${search}`) {
    setShownAt(`${pathname}?${search}`);
    if (state === 'loading') setState('settling');
  }

  useEffect(() => {
    const start = () => setState('loading');
    // Capture phase: next/link's own click handler prevents the default, so a listener
    // after it could not tell a link click from a cancelled one.
    const onClick = (event: MouseEvent) => {
      if (isAppNavigation(event)) start();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', start);
    window.addEventListener(navigationEvent, start);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', start);
      window.removeEventListener(navigationEvent, start);
    };
  }, []);

  // The address is the new page's: wait for its placeholder to give way to the page.
  useEffect(() => {
    if (state !== 'settling') return;
    const main = document.getElementById('main');
    const isBusy = () => main?.querySelector('[data-placeholder]') != null;
    const finishWhenIdle = () => {
      if (!isBusy()) setState('done');
    };
    const frame = requestAnimationFrame(finishWhenIdle);
    const observer = new MutationObserver(finishWhenIdle);
    if (main) observer.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-placeholder'] });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [state]);

  useEffect(() => {
    if (state !== 'done') return;
    const timer = window.setTimeout(() => setState('idle'), 400);
    return () => window.clearTimeout(timer);
  }, [state]);

  // A bar that never finishes (a navigation the router dropped) fades out after a while.
  useEffect(() => {
    if (state !== 'loading' && state !== 'settling') return;
    const timer = window.setTimeout(() => setState('idle'), 20_000);
    return () => window.clearTimeout(timer);
  }, [state]);

  return <div className="navigation-progress" data-state={state === 'settling' ? 'loading' : state} data-testid="navigation-progress" aria-hidden="true" />;
}
