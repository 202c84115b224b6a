import type { SessionUser } from '@/server/auth/session-user';

// Which parts of administration each role may open. The server decides every request on
// its own; this only keeps the menu to the parts a person can use and explains a refusal
// before any request is made.

export const adminSections = {
  offices: { label: 'Offices', roles: ['ADMIN'] },
  teams: { label: 'Teams', roles: ['ADMIN', 'MANAGER', 'LEAD'] },
  people: { label: 'People', roles: ['ADMIN', 'MANAGER'] },
  goals: { label: 'Goals', roles: ['ADMIN', 'MANAGER', 'LEAD'] },
  'exchange-rates': { label: 'Exchange rates', roles: ['ADMIN'] },
  audit: { label: 'Audit log', roles: ['ADMIN'] },
  import: { label: 'Import', roles: ['ADMIN'] },
  integrations: { label: 'Integrations', roles: ['ADMIN'] },
} as const satisfies Record<string, { label: string; roles: readonly SessionUser['role'][] }>;

export type AdminSection = keyof typeof adminSections;

export function canOpenSection(user: Pick<SessionUser, 'role'>, section: AdminSection): boolean {
  return (adminSections[section].roles as readonly string[]).includes(user.role);
}

export function sectionsFor(user: Pick<SessionUser, 'role'>): { key: AdminSection; label: string }[] {
  return (Object.keys(adminSections) as AdminSection[])
    .filter((key) => canOpenSection(user, key))
    .map((key) => ({ key, label: adminSections[key].label }));
}
