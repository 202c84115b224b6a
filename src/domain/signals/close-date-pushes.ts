// Close-date pushes, derived from a deal's history rather than stored twice: every
// change of the expected close date is already a DealEvent with the card before and
// after it. A push is a change to a later date; a pull-in is a change to an earlier
// one. Setting a first date, or clearing one, is neither.

/** One change of a deal's expected close date (YYYY-MM-DD calendar dates). */
export type CloseDateChange = {
  occurredAt: string;
  from: string | null;
  to: string | null;
};

/** A change with a date on both sides: how many calendar days it moved (later is positive). */
export type CloseDateMove = CloseDateChange & { from: string; to: string; days: number };

export type PushSummary = {
  /** How many times the date moved later. */
  pushCount: number;
  /** Calendar days added by those pushes together. */
  pushedDays: number;
  /** The first date the deal was expected on, if it ever had one. */
  firstExpected: string | null;
  /** Pushed at least twice, or now expected in a later month than it first was. */
  isSlipping: boolean;
  moves: CloseDateMove[];
};

type CardDates = { expectedCloseDate?: string | null } | null | undefined;

/** The close-date changes in a deal's events, oldest first (events in sequence order). */
export function closeDateChangesFromEvents(
  events: readonly { occurredAt: string; before: CardDates; after: CardDates }[],
): CloseDateChange[] {
  const changes: CloseDateChange[] = [];
  for (const event of events) {
    if (!event.before || !event.after) continue;
    if (!('expectedCloseDate' in event.before)) continue;
    const from = event.before.expectedCloseDate ?? null;
    const to = event.after.expectedCloseDate ?? null;
    if (from !== to) changes.push({ occurredAt: event.occurredAt, from, to });
  }
  return changes;
}

const millisecondsPerDay = 86_400_000;

/** Calendar days from one YYYY-MM-DD date to another. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / millisecondsPerDay);
}

/** The changes that moved a date (both sides set), with their size in days. */
export function closeDateMoves(changes: readonly CloseDateChange[]): CloseDateMove[] {
  const moves: CloseDateMove[] = [];
  for (const change of changes) {
    if (change.from === null || change.to === null) continue;
    moves.push({ ...change, from: change.from, to: change.to, days: calendarDaysBetween(change.from, change.to) });
  }
  return moves;
}

/**
 * How far a deal's close date has slipped. `currentExpected` is the date the deal holds
 * now (changes may be missing from a deal created with its date).
 */
export function summarizePushes(changes: readonly CloseDateChange[], currentExpected: string | null): PushSummary {
  const moves = closeDateMoves(changes);
  const pushes = moves.filter((move) => move.days > 0);
  const firstExpected = changes.find((change) => change.from !== null)?.from ?? changes[0]?.to ?? currentExpected;
  const pushCount = pushes.length;
  const isPastFirstMonth =
    firstExpected !== null && currentExpected !== null && currentExpected.slice(0, 7) > firstExpected.slice(0, 7);
  return {
    pushCount,
    pushedDays: pushes.reduce((sum, move) => sum + move.days, 0),
    firstExpected,
    isSlipping: pushCount >= 2 || (pushCount >= 1 && isPastFirstMonth),
    moves,
  };
}

/** "pushed ×2 · +30 days", or null when the date never moved later. */
export function formatPushBadge(summary: Pick<PushSummary, 'pushCount' | 'pushedDays'>): string | null {
  if (summary.pushCount < 1) return null;
  return `pushed ×${summary.pushCount} · +${summary.pushedDays} ${summary.pushedDays === 1 ? 'day' : 'days'}`;
}

/** "Pushed 14 days: 2026-11-20 → 2026-12-04" for a deal's details. */
export function describeMove(move: CloseDateMove): string {
  const size = Math.abs(move.days);
  const unit = size === 1 ? 'day' : 'days';
  const verb = move.days > 0 ? 'Pushed' : 'Pulled in';
  return `${verb} ${size} ${unit}: ${move.from} → ${move.to}`;
}
