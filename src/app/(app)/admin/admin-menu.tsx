'use client';

import { AppLink } from '@/components/ui/app-link';
import { usePathname } from 'next/navigation';

export function AdminMenu({ sections }: { sections: { key: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="admin-menu" aria-label="Administration">
      <ul>
        {sections.map((section) => {
          const href = `/admin/${section.key}`;
          const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={section.key}>
              <AppLink href={href} aria-current={isCurrent ? 'page' : undefined}>
                {section.label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
