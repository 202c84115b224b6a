'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

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
  { href: '/settings/wallboards', label: 'TV links', roles: ['ADMIN', 'LEAD'] },
  { href: '/settings/profile', label: 'Profile' },
  { href: '/settings/tokens', label: 'API tokens' },
];

/** A link is current on its own page and, except Home, on the pages beneath it. */
function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNavigation({ role }: { role: Role }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul>
        {links.filter((link) => !link.roles || link.roles.includes(role)).map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
