import type { StageWeights } from './deal-contributions';
import type { ScopeProgress } from './scope-progress';
import type { OfficeCalendar } from './working-days';

// The shapes of one month's progress for every scope (rep, team, office, company), and
// of the offices, teams, reps and goals it is computed from. The running ledger
// (month-ledger.ts) and summarizeScopes (summarize-scopes.ts) both use them.

export type PacingOffice = { id: string; currency: string; calendar: OfficeCalendar };
/** A team; its stage weights default to BACKLOG 0, TODO 300, IN_PROGRESS 800 per mille. */
export type PacingTeam = { id: string; officeId: string; stageWeights?: StageWeights };
/** A rep listed in a team, shown even with no goal and no deals this month. */
export type PacingRep = { userId: string; teamId: string };
/** One rep's goal for the month being summarised, in the office's currency. */
export type RepGoal = { userId: string; teamId: string; officeId: string; amountMinor: number; currency: string };

export type RepSummary = { userId: string; teamId: string; officeId: string; currency: string; progress: ScopeProgress };
export type TeamSummary = { teamId: string; officeId: string; currency: string; progress: ScopeProgress };
/** rateToReporting is null when the office's currency has no rate for the month: its figures are not in the company's. */
export type OfficeSummary = { officeId: string; currency: string; rateToReporting: number | null; progress: ScopeProgress };
/** A currency with no exchange rate for the month, and the offices the company total leaves out for it. */
export type MissingRate = { currency: string; officeIds: string[] };
export type CompanySummary = { currency: string; progress: ScopeProgress; missingRates: MissingRate[] };

export type MonthSummary = {
  /** "YYYY-MM". */
  month: string;
  reps: RepSummary[];
  teams: TeamSummary[];
  offices: OfficeSummary[];
  company: CompanySummary;
};
