import type { TDealOutcome, TDealStage } from '@/schemas/deal';

// An imported deal's past as a sequence of states, one per DealEvent: created, each stage
// change (or amount change) the source's history gives, and the close. Times never go
// backwards, so the events' sequence order is also their time order; the last state is
// the deal as the export has it now.

export type DealState = {
  stage: TDealStage;
  outcome: TDealOutcome | null;
  amountMinor: number;
  closedAmountMinor: number | null;
  closedAt: Date | null;
};

export type TimelineStep = DealState & { type: 'CREATED' | 'MOVED' | 'UPDATED' | 'CLOSED'; at: Date; stageChangedAt: Date };

export type HistoryEntry = { at: Date; stage: TDealStage | null; amountMinor: number | null; line: number };

export type TimelineInput = {
  createdAt: Date;
  final: { stage: TDealStage; outcome: TDealOutcome | null; amountMinor: number; closedAt: Date | null };
  history: readonly HistoryEntry[];
};

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

export function buildDealTimeline(input: TimelineInput): TimelineStep[] {
  const history = [...input.history].sort((a, b) => a.at.getTime() - b.at.getTime() || a.line - b.line);
  const openHistory = history.filter((entry) => entry.stage !== 'COMPLETED');
  const first = openHistory[0];
  const createdAt = first && first.at < input.createdAt ? first.at : input.createdAt;
  const firstStage = first?.stage ?? (input.final.stage === 'COMPLETED' ? 'BACKLOG' : input.final.stage);
  let state: TimelineStep = {
    type: 'CREATED',
    at: createdAt,
    stage: firstStage,
    outcome: null,
    amountMinor: first?.amountMinor ?? input.final.amountMinor,
    closedAmountMinor: null,
    closedAt: null,
    stageChangedAt: createdAt,
  };
  const steps: TimelineStep[] = [state];
  const push = (next: Omit<TimelineStep, 'stageChangedAt'>) => {
    const at = later(next.at, state.at);
    state = { ...next, at, stageChangedAt: next.stage !== state.stage ? at : state.stageChangedAt };
    steps.push(state);
  };
  for (const entry of openHistory.slice(1)) {
    const stage = entry.stage ?? state.stage;
    const amountMinor = entry.amountMinor ?? state.amountMinor;
    if (stage !== state.stage) push({ ...state, type: 'MOVED', at: entry.at, stage, amountMinor });
    else if (amountMinor !== state.amountMinor) push({ ...state, type: 'UPDATED', at: entry.at, amountMinor });
  }
  const { final } = input;
  const lastAt = history.length > 0 ? later(history[history.length - 1]!.at, state.at) : state.at;
  if (final.outcome) {
    const closedAt = final.closedAt ?? lastAt;
    push({
      type: 'CLOSED',
      at: closedAt,
      stage: 'COMPLETED',
      outcome: final.outcome,
      amountMinor: final.amountMinor,
      closedAmountMinor: final.outcome === 'WON' ? final.amountMinor : null,
      closedAt: later(closedAt, state.at),
    });
    return steps;
  }
  if (final.stage !== state.stage) push({ ...state, type: 'MOVED', at: lastAt, stage: final.stage, amountMinor: final.amountMinor });
  else if (final.amountMinor !== state.amountMinor) push({ ...state, type: 'UPDATED', at: lastAt, amountMinor: final.amountMinor });
  return steps;
}

/**
 * The steps a newer export's history adds to a deal that was imported before: each
 * stage or amount change after `after` (the newest time already imported for it) and not
 * after `until`, applied to the deal as it now is. A closed deal takes no open-stage
 * moves (a reopening comes from the export's current state), and a step never goes
 * back in time. Importing the same history again adds nothing.
 */
export function continueDealTimeline(
  current: DealState & { stageChangedAt: Date; at: Date },
  history: readonly HistoryEntry[],
  options: { after: Date; until: Date },
): TimelineStep[] {
  if (current.outcome) return [];
  const later = history
    .filter((entry) => entry.at.getTime() > options.after.getTime() && entry.at.getTime() <= options.until.getTime() && entry.stage !== 'COMPLETED')
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.line - b.line);
  const steps: TimelineStep[] = [];
  let state: TimelineStep = { ...current, type: 'UPDATED' };
  for (const entry of later) {
    const stage = entry.stage ?? state.stage;
    const amountMinor = entry.amountMinor ?? state.amountMinor;
    if (stage === state.stage && amountMinor === state.amountMinor) continue;
    const at = entry.at.getTime() >= state.at.getTime() ? entry.at : state.at;
    state = { ...state, type: stage !== state.stage ? 'MOVED' : 'UPDATED', at, stage, amountMinor, stageChangedAt: stage !== state.stage ? at : state.stageChangedAt };
    steps.push(state);
  }
  return steps;
}

/** What an import sets on a deal that already exists. */
export type DesiredDeal = DealState & {
  title: string;
  account: string;
  currency: string;
  expectedCloseDate: string | null;
  ownerId: string;
};

export type CurrentDeal = DesiredDeal & { deletedAt: Date | null };

/** The fields that differ, or an empty list when the import would change nothing. */
export function changedFields(current: CurrentDeal, desired: DesiredDeal): (keyof DesiredDeal)[] {
  const fields: (keyof DesiredDeal)[] = [];
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  for (const key of Object.keys(desired) as (keyof DesiredDeal)[]) {
    if (!same(current[key], desired[key])) fields.push(key);
  }
  return fields;
}

/** The event type that describes a change from one state to another. */
export function changeType(current: DealState, desired: DealState, isOwnerChange: boolean): 'CLOSED' | 'REOPENED' | 'MOVED' | 'REASSIGNED' | 'UPDATED' {
  if (!current.outcome && desired.outcome) return 'CLOSED';
  if (current.outcome && !desired.outcome) return 'REOPENED';
  if (current.stage !== desired.stage) return 'MOVED';
  if (isOwnerChange) return 'REASSIGNED';
  return 'UPDATED';
}
