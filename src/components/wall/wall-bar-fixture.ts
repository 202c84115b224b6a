import type { TWallBar, TWallSnapshot } from '@/schemas/wall';

// Plain wall bars and snapshots for the unit tests beside the wall components.

export function buildWallBar(overrides: Partial<TWallBar> = {}): TWallBar {
  return {
    kind: 'team',
    id: 'team-1',
    name: 'NY Enterprise',
    colour: '#2563eb',
    officeId: 'office-ny',
    teamId: 'team-1',
    currency: 'USD',
    locale: 'en-US',
    goalMinor: 120_000_000,
    closedWonMinor: 74_400_000,
    remainingMinor: 45_600_000,
    projectedMinor: 109_200_000,
    percentOfGoal: 62,
    expectedPercent: 55,
    projectedPercent: 91,
    aheadBy: 7,
    status: 'ahead',
    ...overrides,
  };
}

export function buildWallSnapshot(overrides: Partial<TWallSnapshot> = {}): TWallSnapshot {
  return {
    scope: { kind: 'company' },
    month: '2026-06',
    monthLabel: 'June 2026',
    generatedAt: '2026-06-15T12:00:00.000Z',
    sequence: 10,
    isCurrentMonth: true,
    company: null,
    missingRates: [],
    offices: [],
    teams: [buildWallBar()],
    reps: [],
    layout: 'layout-1',
    ...overrides,
  };
}
