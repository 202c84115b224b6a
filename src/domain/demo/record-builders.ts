// Plain records shaped like the database rows, with sensible defaults. The demo
// generator builds every row through these, and tests/factories.ts re-exports them for
// tests. No Prisma here: the record types mirror schema.prisma by hand, so this module
// stays importable from the pure domain core.

export type Role = 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN';
export type DealStage = 'BACKLOG' | 'TODO' | 'IN_PROGRESS' | 'COMPLETED';
export type DealOutcome = 'WON' | 'LOST';
export type DealEventType =
  | 'CREATED'
  | 'UPDATED'
  | 'MOVED'
  | 'CLOSED'
  | 'REOPENED'
  | 'REASSIGNED'
  | 'DELETED'
  | 'RESTORED';

export type OrganizationRecord = {
  id: string;
  name: string;
  reportingCurrency: string;
  isDemo: boolean;
  createdAt: Date;
};

export type OfficeRecord = {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
  businessDayStart: number;
  businessDayEnd: number;
  createdAt: Date;
  updatedAt: Date;
};

export type HolidayRecord = {
  id: string;
  officeId: string;
  /** UTC midnight of the local calendar day. */
  date: Date;
  name: string;
};

export type TeamRecord = {
  id: string;
  officeId: string;
  name: string;
  colour: string;
  leadId: string | null;
  managerId: string | null;
  staleAfterDays: number;
  weightBacklog: number;
  weightTodo: number;
  weightInProgress: number;
  createdAt: Date;
  updatedAt: Date;
};

export type UserRecord = {
  id: string;
  name: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  teamId: string | null;
  colour: string;
  /** UTC midnight of the first working day. */
  startDate: Date;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type GoalRecord = {
  id: string;
  userId: string;
  teamId: string;
  /** UTC midnight of the first day of the month. */
  month: Date;
  amountMinor: number;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
};

export type DealRecord = {
  id: string;
  account: string;
  title: string;
  amountMinor: number;
  currency: string;
  stage: DealStage;
  outcome: DealOutcome | null;
  closedAmountMinor: number | null;
  closedAt: Date | null;
  expectedCloseDate: Date | null;
  ownerId: string;
  teamId: string;
  position: number;
  noteworthy: boolean;
  notes: string;
  version: number;
  stageChangedAt: Date;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The small before/after picture a deal event carries. */
export type DealSnapshot = Record<string, string | number | boolean | null>;

/** A deal event without its sequence number, which the database assigns on insert. */
export type DealEventRecord = {
  dealId: string;
  teamId: string;
  actorId: string | null;
  type: DealEventType;
  before: DealSnapshot | null;
  after: DealSnapshot | null;
  occurredAt: Date;
};

export type ExchangeRateRecord = {
  id: string;
  /** UTC midnight of the first day of the month. */
  month: Date;
  currency: string;
  /** Decimal text, e.g. "1.2731". */
  rateToReporting: string;
};

function createId(kind: string): string {
  return `${kind}-${globalThis.crypto.randomUUID()}`;
}

export function buildOrganization(overrides: Partial<OrganizationRecord> = {}): OrganizationRecord {
  return {
    id: overrides.id ?? createId('organization'),
    name: overrides.name ?? 'Test Organization',
    reportingCurrency: overrides.reportingCurrency ?? 'USD',
    isDemo: overrides.isDemo ?? false,
    createdAt: overrides.createdAt ?? new Date(),
  };
}

export function buildOffice(overrides: Partial<OfficeRecord> = {}): OfficeRecord {
  const id = overrides.id ?? createId('office');
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id,
    name: overrides.name ?? `Office ${id.slice(-8)}`,
    timeZone: overrides.timeZone ?? 'America/New_York',
    locale: overrides.locale ?? 'en-US',
    currency: overrides.currency ?? 'USD',
    businessDayStart: overrides.businessDayStart ?? 540,
    businessDayEnd: overrides.businessDayEnd ?? 1020,
    createdAt,
    updatedAt: overrides.updatedAt ?? createdAt,
  };
}

export function buildHoliday(overrides: Partial<HolidayRecord> & Pick<HolidayRecord, 'officeId' | 'date'>): HolidayRecord {
  return {
    id: overrides.id ?? createId('holiday'),
    officeId: overrides.officeId,
    date: overrides.date,
    name: overrides.name ?? 'Public holiday',
  };
}

export function buildTeam(overrides: Partial<TeamRecord> & Pick<TeamRecord, 'officeId'>): TeamRecord {
  const id = overrides.id ?? createId('team');
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id,
    officeId: overrides.officeId,
    name: overrides.name ?? `Team ${id.slice(-8)}`,
    colour: overrides.colour ?? '#2563eb',
    leadId: overrides.leadId ?? null,
    managerId: overrides.managerId ?? null,
    staleAfterDays: overrides.staleAfterDays ?? 14,
    weightBacklog: overrides.weightBacklog ?? 0,
    weightTodo: overrides.weightTodo ?? 300,
    weightInProgress: overrides.weightInProgress ?? 800,
    createdAt,
    updatedAt: overrides.updatedAt ?? createdAt,
  };
}

export function buildUser(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = overrides.id ?? createId('user');
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id,
    name: overrides.name ?? `Test User ${id.slice(-8)}`,
    email: (overrides.email ?? `${id}@example.test`).toLowerCase(),
    passwordHash: overrides.passwordHash ?? null,
    role: overrides.role ?? 'REP',
    teamId: overrides.teamId ?? null,
    colour: overrides.colour ?? '#64748b',
    startDate: overrides.startDate ?? new Date(Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), 1)),
    active: overrides.active ?? true,
    createdAt,
    updatedAt: overrides.updatedAt ?? createdAt,
  };
}

export function buildGoal(
  overrides: Partial<GoalRecord> & Pick<GoalRecord, 'userId' | 'teamId' | 'month'>,
): GoalRecord {
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id: overrides.id ?? createId('goal'),
    userId: overrides.userId,
    teamId: overrides.teamId,
    month: overrides.month,
    amountMinor: overrides.amountMinor ?? 10_000_000,
    currency: overrides.currency ?? 'USD',
    createdAt,
    updatedAt: overrides.updatedAt ?? createdAt,
  };
}

export function buildDeal(overrides: Partial<DealRecord> & Pick<DealRecord, 'ownerId' | 'teamId'>): DealRecord {
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id: overrides.id ?? createId('deal'),
    account: overrides.account ?? 'Acme Corporation',
    title: overrides.title ?? 'Annual licence renewal',
    amountMinor: overrides.amountMinor ?? 2_500_000,
    currency: overrides.currency ?? 'USD',
    stage: overrides.stage ?? 'BACKLOG',
    outcome: overrides.outcome ?? null,
    closedAmountMinor: overrides.closedAmountMinor ?? null,
    closedAt: overrides.closedAt ?? null,
    expectedCloseDate: overrides.expectedCloseDate ?? null,
    ownerId: overrides.ownerId,
    teamId: overrides.teamId,
    position: overrides.position ?? 1000,
    noteworthy: overrides.noteworthy ?? false,
    notes: overrides.notes ?? '',
    version: overrides.version ?? 1,
    stageChangedAt: overrides.stageChangedAt ?? createdAt,
    deletedAt: overrides.deletedAt ?? null,
    createdAt,
    updatedAt: overrides.updatedAt ?? createdAt,
  };
}

export function buildDealEvent(
  overrides: Partial<DealEventRecord> & Pick<DealEventRecord, 'dealId' | 'teamId' | 'type'>,
): DealEventRecord {
  return {
    dealId: overrides.dealId,
    teamId: overrides.teamId,
    actorId: overrides.actorId ?? null,
    type: overrides.type,
    before: overrides.before ?? null,
    after: overrides.after ?? null,
    occurredAt: overrides.occurredAt ?? new Date(),
  };
}

export function buildExchangeRate(
  overrides: Partial<ExchangeRateRecord> & Pick<ExchangeRateRecord, 'month' | 'currency'>,
): ExchangeRateRecord {
  return {
    id: overrides.id ?? createId('exchange-rate'),
    month: overrides.month,
    currency: overrides.currency,
    rateToReporting: overrides.rateToReporting ?? '1',
  };
}
