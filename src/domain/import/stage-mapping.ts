import type { TDealOutcome, TDealStage } from '@/schemas/deal';
import type { ImportSource } from './presets';

// A source's stages → Cadence's four columns. The preset guesses for the stage names
// each CRM ships with (and for names that plainly say where they sit); the admin confirms
// or changes each, and the choice is remembered per source. Whether a deal was won or lost
// is never read from a stage's name: it comes from IsWon/IsClosed or a status column.

export type StageMapping = Record<string, TDealStage>;

/** How a blank stage appears in the mapping table. */
export const blankStageKey = '(blank)';

export function stageKey(sourceStage: string): string {
  const trimmed = sourceStage.trim();
  return trimmed === '' ? blankStageKey : trimmed;
}

const knownStages: Record<string, TDealStage> = {
  // Salesforce's standard sales process
  prospecting: 'BACKLOG',
  qualification: 'BACKLOG',
  'needs analysis': 'TODO',
  'value proposition': 'TODO',
  'id. decision makers': 'TODO',
  'perception analysis': 'IN_PROGRESS',
  'proposal/price quote': 'IN_PROGRESS',
  'negotiation/review': 'IN_PROGRESS',
  'closed won': 'COMPLETED',
  'closed lost': 'COMPLETED',
  // HubSpot's default pipeline (labels and internal names)
  'appointment scheduled': 'BACKLOG',
  appointmentscheduled: 'BACKLOG',
  'qualified to buy': 'BACKLOG',
  qualifiedtobuy: 'BACKLOG',
  'presentation scheduled': 'TODO',
  presentationscheduled: 'TODO',
  'decision maker bought-in': 'TODO',
  decisionmakerboughtin: 'TODO',
  'contract sent': 'IN_PROGRESS',
  contractsent: 'IN_PROGRESS',
  closedwon: 'COMPLETED',
  closedlost: 'COMPLETED',
  // Pipedrive's default pipeline
  'lead in': 'BACKLOG',
  'contact made': 'BACKLOG',
  'demo scheduled': 'TODO',
  'needs defined': 'TODO',
  'proposal made': 'IN_PROGRESS',
  'negotiations started': 'IN_PROGRESS',
  // Cadence's own columns
  backlog: 'BACKLOG',
  todo: 'TODO',
  'to do': 'TODO',
  in_progress: 'IN_PROGRESS',
  'in progress': 'IN_PROGRESS',
  completed: 'COMPLETED',
};

/** The preset's guess for a stage, or null when the admin must choose. */
export function guessStage(sourceStage: string, source: ImportSource): TDealStage | null {
  void source;
  const key = sourceStage.trim().toLowerCase();
  if (key === '') return null;
  return knownStages[key] ?? null;
}

/** Every distinct stage in the file with its mapping: remembered, else guessed, else null. */
export function proposeStageMapping(
  sourceStages: Iterable<string>,
  source: ImportSource,
  remembered: StageMapping,
): Record<string, TDealStage | null> {
  const proposal: Record<string, TDealStage | null> = {};
  for (const stage of sourceStages) {
    const key = stageKey(stage);
    proposal[key] = remembered[key] ?? (key === blankStageKey ? null : guessStage(key, source));
  }
  return proposal;
}

export type OutcomeFlags = { isWon?: boolean | null; isClosed?: boolean | null; status?: string | null };

export type OutcomeReading = { ok: true; outcome: TDealOutcome | null } | { ok: false; message: string };

/**
 * Won, lost or open, from the flags a source exports: Salesforce's IsClosed and IsWon,
 * HubSpot's "Is closed" and "Is Closed Won", Pipedrive's status (open, won, lost), or
 * Cadence's Outcome column.
 */
export function readOutcome(flags: OutcomeFlags): OutcomeReading {
  const status = flags.status?.trim().toLowerCase();
  if (status) {
    if (status === 'won') return { ok: true, outcome: 'WON' };
    if (status === 'lost') return { ok: true, outcome: 'LOST' };
    if (status === 'open') return { ok: true, outcome: null };
    if (status === 'deleted') return { ok: false, message: 'The deal is deleted in the source.' };
    return { ok: false, message: `Status "${flags.status}" is not open, won or lost.` };
  }
  if (flags.isClosed === false) return { ok: true, outcome: null };
  if (flags.isWon === true) return { ok: true, outcome: 'WON' };
  if (flags.isClosed === true) {
    if (flags.isWon === false) return { ok: true, outcome: 'LOST' };
    return { ok: false, message: 'The deal is closed but the file does not say whether it was won: map a Won column.' };
  }
  if (flags.isWon === false && flags.isClosed === undefined) return { ok: true, outcome: null };
  return { ok: true, outcome: null };
}
