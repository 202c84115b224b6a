// The accounts people sign in to the demo with.

/** The four accounts people sign in with; only these get a password. */
export const demoLogins = {
  admin: { email: 'admin@cadence.demo', name: 'Morgan Ellis' },
  manager: { email: 'manager@cadence.demo', name: 'Dana Whitfield' },
  lead: { email: 'lead@cadence.demo', name: 'Priya Raman' },
  rep: { email: 'rep@cadence.demo', name: 'Jordan Hayes' },
} as const;

export const demoLoginEmails: readonly string[] = Object.values(demoLogins).map((login) => login.email);
