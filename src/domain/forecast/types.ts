// The inputs of the revenue simulation, as plain data: what the database knew at some
// instant. Nothing here depends on Prisma or Next; the server maps its rows onto these.

export type ForecastStage = 'BACKLOG' | 'TODO' | 'IN_PROGRESS' | 'COMPLETED';

/** A deal's state from one instant on (its column, amount, owner and team of record). */
export type DealSnapshot = {
  at: Date;
  stage: ForecastStage;
  amountMinor: number;
  ownerId: string;
  teamId: string;
  expectedCloseDate: Date | null;
};

export type ForecastDeal = {
  id: string;
  currency: string;
  createdAt: Date;
  /** Set once the deal was closed; a deal closed after the as-of instant is still open then. */
  outcome: 'WON' | 'LOST' | null;
  closedAt: Date | null;
  closedAmountMinor: number | null;
  deletedAt: Date | null;
  /** Oldest first; the first entry is the deal as created. Never empty. */
  timeline: DealSnapshot[];
};

export type ForecastPerson = {
  id: string;
  name: string;
  teamId: string | null;
  /** Whether the person sells (reps and leads) and so produces deals of their own. */
  sells: boolean;
  /** First day at work (UTC midnight). */
  startDate: Date;
  /** When the person was deactivated, if they were. */
  deactivatedAt: Date | null;
};

export type ForecastOffice = { id: string; name: string; currency: string };
export type ForecastTeam = { id: string; name: string; officeId: string };

export type PlannedHire = {
  id: string;
  teamId: string;
  startDate: Date;
  count: number;
  /** A named person the hire became (an invitation); they are then not counted twice. */
  personId: string | null;
  /** Share of steady-state output by month since start, each between 0 and 1. */
  rampOverride: number[] | null;
};

/** How many units of the reporting currency one major unit of `currency` was worth from `month` on. */
export type ForecastExchangeRate = { currency: string; month: Date; rateToReporting: number };

/** A rep's monthly forecast stated in a sprint (the commit), for the roll-up comparison. */
export type SprintForecast = { userId: string; teamId: string; month: Date; commitMinor: number; currency: string; createdAt: Date };

export type ForecastHistory = {
  reportingCurrency: string;
  offices: ForecastOffice[];
  teams: ForecastTeam[];
  people: ForecastPerson[];
  deals: ForecastDeal[];
  exchangeRates: ForecastExchangeRate[];
  plannedHires: PlannedHire[];
  sprintForecasts: SprintForecast[];
  /** An admin's ramp curve, used instead of the learned one. */
  rampOverride: number[] | null;
};

export type ScopeKind = 'company' | 'office' | 'team' | 'rep';
export type ForecastScope = { key: string; kind: ScopeKind; id: string | null; name: string };
