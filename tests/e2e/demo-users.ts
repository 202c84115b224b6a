// The demo logins the seed creates (README.md lists them).
export const demoPassword = 'cadence-demo';
export const demoUsers = {
  admin: 'admin@cadence.demo',
  manager: 'manager@cadence.demo',
  lead: 'lead@cadence.demo',
  rep: 'rep@cadence.demo',
} as const;
