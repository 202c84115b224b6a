'use client';

import { AppLink } from '@/components/ui/app-link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

type Role = 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN';

const links: { href: string; label: string; roles?: Role[] }[] = [
  { href: '/', label: 'Home' },
  { href: '/board', label: 'Board' },
  { href: '/my-day', label: 'My day', roles: ['REP', 'LEAD'] },
  { href: '/wall', label: 'Wall' },
  { href: '/sprints', label: 'Sprints' },
  { href: '/forecast', label: 'Forecast' },
  { href: '/notes', label: 'Notes' },
  { href: '/admin', label: 'Admin', roles: ['ADMIN', 'MANAGER', 'LEAD'] },
  { href: '/settings/wallboards', label: 'TV links', roles: ['ADMIN', 'MANAGER', 'LEAD'] },
  { href: '/settings/profile', label: 'Profile' },
  { href: '/settings/tokens', label: 'API tokens' },
];

/** A link is current on its own page and, except Home, on the pages beneath it. */
function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The app's top navigation. On a wide screen it is a row of links; on a narrow one
 * (globals.css, below 900 px) the row folds into a "Menu" button that opens the same
 * links as a list. The list closes on navigation, on Escape and on a click elsewhere.
 * "Board" goes straight to the user's own board (`boardHref`), not through /board's redirect.
 */
export function MainNavigation({ role, boardHref }: { role: Role; boardHref: string }) {
  const pathname = usePathname();
  const [isOpen, setIsOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const navigation = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // A navigation closes the menu (state adjusted while rendering, not in an effect).
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setIsOpen(false);
  }

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      toggle.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!navigation.current?.contains(event.target as Node)) setIsOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [isOpen]);

  const shown = links.filter((link) => !link.roles || link.roles.includes(role));
  const current = shown.find((link) => isCurrent(pathname, link.href));
  return (
    <nav aria-label="Main" className="main-nav" ref={navigation} data-open={isOpen || undefined}>
      <button
        ref={toggle}
        type="button"
        className="button secondary small main-nav-toggle"
        aria-expanded={isOpen}
        aria-controls="main-nav-links"
        onClick={() => setIsOpen((open) => !open)}
      >
        <span aria-hidden="true" className="main-nav-toggle-icon" />
        Menu{current ? <span className="main-nav-current">: {current.label}</span> : null}
      </button>
      <ul id="main-nav-links">
        {shown.map((link) => (
          <li key={link.href}>
            <AppLink
              href={link.href === '/board' ? boardHref : link.href}
              aria-current={isCurrent(pathname, link.href) ? 'page' : undefined}
            >
              {link.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
