// How a board takes in live changes (pure; used by the browser's board and by
// bench:wall's board watchers).
//
// DealEvent sequences commit in the order they are drawn (record-deal-change.ts), so a
// board loaded at sequence S reflects every change up to S, and the changes after S are
// what it needs. But one server process may send two changes committed a moment apart
// the other way round (their replies come back on different database connections), so a
// board can see sequence 105 before 104. Were it to lose its connection between the two,
// joining again "after 105" would miss 104 for good. A board therefore joins again from a
// margin before the highest sequence it saw, and skips whatever it already has.

/** How many sequences before the highest it saw a board asks for again when it reconnects. */
export const rejoinMargin = 200;

/** The sequence a reconnecting board asks for changes after. */
export function rejoinAfter(highestSeen: number, base: number): number {
  return Math.max(base, highestSeen - rejoinMargin, 0);
}

type Sequenced = { sequence: number };

/**
 * The changes that are news to a board that reflects everything up to `base` and has
 * applied `applied` since: in sequence order, each once, none the board already has.
 */
export function newChanges<Change extends Sequenced>(changes: readonly Change[], base: number, applied: ReadonlySet<number>): Change[] {
  const seen = new Set<number>();
  return [...changes]
    .sort((first, second) => first.sequence - second.sequence)
    .filter((change) => {
      if (change.sequence <= base || applied.has(change.sequence) || seen.has(change.sequence)) return false;
      seen.add(change.sequence);
      return true;
    });
}

/**
 * When a board is loaded afresh at sequence `freshSequence`, the changes it applied
 * that committed after that read are not in the fresh copy: these must be laid on again.
 */
export function changesAfter<Change extends Sequenced>(applied: readonly Change[], freshSequence: number): Change[] {
  return applied.filter((change) => change.sequence > freshSequence);
}
