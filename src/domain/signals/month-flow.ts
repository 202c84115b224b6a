import type { TDealStage } from '@/schemas/deal';

// The month's flow, after Clari's Flow view: how a scope's pipeline for the month (its
// open deals expected to close in that month) changed since the month began. Every
// change moves an amount into or out of that pipeline, and each is put in exactly one
// bucket, so opening + new + pulled in − pushed out − won − lost + adjusted = closing.
//
// A deal closed in the month that was not expected in it (won early, say) first counts
// as pulled in and then as won: the wins of the month are all there, and the sum holds.

/** The parts of a deal card the flow reads. */
export type FlowCard = {
  id: string;
  stage: TDealStage;
  outcome?: 'WON' | 'LOST' | null;
  amountMinor: number;
  closedAmountMinor?: number | null;
  expectedCloseDate: string | null;
  teamId: string;
  deletedAt?: string | null;
};

export type FlowEvent = { type: string; before: FlowCard | null; after: FlowCard | null };

export type FlowFigure = { count: number; amountMinor: number };

export type MonthFlow = {
  /** The month's pipeline when the month began. */
  opening: FlowFigure;
  /** Deals created (or restored) into the month's pipeline. */
  new: FlowFigure;
  /** Deals whose close date moved into the month, or that closed in it while expected in another. */
  pulledIn: FlowFigure;
  /** Deals whose close date moved out of the month. */
  pushedOut: FlowFigure;
  /** Deals won: the pipeline amount they took out, and the amount actually won. */
  won: FlowFigure & { closedAmountMinor: number };
  lost: FlowFigure;
  /** Amount changes of deals in the pipeline, reopenings, deletions and team moves (signed). */
  adjusted: FlowFigure;
  /** The month's pipeline now. */
  closing: FlowFigure;
};

export type FlowScope = {
  /** The month, YYYY-MM: a deal is in its pipeline while open and expected to close in it. */
  month: string;
  /** The scope's teams (a team, or an office's teams). */
  teamIds: ReadonlySet<string>;
};

function isOpenInScope(card: FlowCard | null, scope: FlowScope): boolean {
  return card !== null && !card.deletedAt && card.stage !== 'COMPLETED' && scope.teamIds.has(card.teamId);
}

export function isInMonthPipeline(card: FlowCard | null, scope: FlowScope): boolean {
  return card !== null && isOpenInScope(card, scope) && card.expectedCloseDate !== null && card.expectedCloseDate.slice(0, 7) === scope.month;
}

const zero = (): FlowFigure => ({ count: 0, amountMinor: 0 });
const add = (figure: FlowFigure, amountMinor: number, count = 1) => {
  figure.count += count;
  figure.amountMinor += amountMinor;
};

/**
 * The flow from `opening` (each deal as it stood when the month began; deals made later
 * are absent) through `events` (the month's changes so far, in sequence order).
 */
export function monthFlow(opening: readonly FlowCard[], events: readonly FlowEvent[], scope: FlowScope): MonthFlow {
  const flow: MonthFlow = {
    opening: zero(),
    new: zero(),
    pulledIn: zero(),
    pushedOut: zero(),
    won: { ...zero(), closedAmountMinor: 0 },
    lost: zero(),
    adjusted: zero(),
    closing: zero(),
  };
  const current = new Map<string, FlowCard>();
  for (const card of opening) {
    current.set(card.id, card);
    if (isInMonthPipeline(card, scope)) add(flow.opening, card.amountMinor);
  }

  for (const event of events) {
    const after = event.after;
    const id = after?.id ?? event.before?.id;
    if (!id) continue;
    // The event's own snapshot of the deal before it, when it has one: it is exact even
    // for a deal that was outside the scope (and so not in `opening`) until this change.
    const before = event.before ?? current.get(id) ?? null;
    if (after) current.set(id, after);
    else current.delete(id);
    const wasIn = isInMonthPipeline(before, scope);
    const isIn = isInMonthPipeline(after, scope);

    if (wasIn && isIn && before && after) {
      if (after.amountMinor !== before.amountMinor) add(flow.adjusted, after.amountMinor - before.amountMinor, 0);
      continue;
    }
    if (!wasIn && isIn && after) {
      if (!before || event.type === 'CREATED' || (event.type === 'RESTORED' && !isOpenInScope(before, scope))) {
        add(flow.new, after.amountMinor);
      } else if (isOpenInScope(before, scope) && before.expectedCloseDate !== after.expectedCloseDate) {
        add(flow.pulledIn, after.amountMinor);
      } else {
        add(flow.adjusted, after.amountMinor);
      }
      continue;
    }
    if (wasIn && !isIn && before) {
      if (after && !after.deletedAt && after.stage === 'COMPLETED' && scope.teamIds.has(before.teamId)) {
        closeInto(flow, before, after);
      } else if (after && isOpenInScope(after, scope) && after.expectedCloseDate !== before.expectedCloseDate) {
        add(flow.pushedOut, before.amountMinor);
      } else {
        add(flow.adjusted, -before.amountMinor);
      }
      continue;
    }
    // Neither before nor after in the month's pipeline: only a close in the month counts,
    // as a deal pulled in and closed.
    if (before && isOpenInScope(before, scope) && after && !after.deletedAt && after.stage === 'COMPLETED') {
      add(flow.pulledIn, before.amountMinor);
      closeInto(flow, before, after);
    }
  }

  for (const card of current.values()) if (isInMonthPipeline(card, scope)) add(flow.closing, card.amountMinor);
  return flow;
}

function closeInto(flow: MonthFlow, before: FlowCard, after: FlowCard): void {
  if (after.outcome === 'WON') {
    add(flow.won, before.amountMinor);
    flow.won.closedAmountMinor += after.closedAmountMinor ?? after.amountMinor;
  } else {
    add(flow.lost, before.amountMinor);
  }
}

/** opening + new + pulled in − pushed out − won − lost + adjusted: equals closing. */
export function flowBalance(flow: MonthFlow): number {
  return (
    flow.opening.amountMinor +
    flow.new.amountMinor +
    flow.pulledIn.amountMinor -
    flow.pushedOut.amountMinor -
    flow.won.amountMinor -
    flow.lost.amountMinor +
    flow.adjusted.amountMinor
  );
}
