import { listDealChangesBetween } from '@/server/use-cases/list-deal-changes-since';
import type { RealtimeServer } from './registry';
import { sendDealChangeToLocalBoards } from './broadcast';

// With several instances (docs/decisions/024) each instance hears every committed deal
// change: its own through the server's events, the others' through Redis. A change whose
// instance died between its commit and its announcement reaches nobody live: walls catch
// up from the log anyway, but boards on the surviving instances would miss it until they
// reconnect. So each instance notes the sequence numbers it hears; a number still missing
// after `patienceMs` while later ones have arrived is read from the DealEvent log and sent
// to this instance's own boards (a board applies each sequence once, so a late original
// is skipped). A number that no event has (a rolled-back write) is simply passed over.

/** Sequence numbers looked at in one read of the log. */
const rangePerRound = 2_000;

export type BoardGapFiller = { heard: (sequences: readonly number[]) => void; stop: () => void };

export function startBoardGapFiller(io: RealtimeServer, options: { patienceMs?: number; intervalMs?: number } = {}): BoardGapFiller {
  const patienceMs = options.patienceMs ?? 1_000;
  /** Every sequence up to here has been heard, or read from the log. */
  let watermark: number | null = null;
  const heardAbove = new Set<number>();
  let highest = 0;
  let stuckSince: number | null = null;
  let isRunning = false;

  const advance = () => {
    if (watermark === null) return;
    const before = watermark;
    while (heardAbove.delete(watermark + 1)) watermark += 1;
    if (watermark !== before) stuckSince = null;
  };

  const heard = (sequences: readonly number[]) => {
    for (const sequence of sequences) {
      // The first number heard starts the count: nothing before it is this instance's business.
      watermark ??= sequence - 1;
      if (sequence > watermark) heardAbove.add(sequence);
      highest = Math.max(highest, sequence);
    }
    advance();
  };

  const fill = async () => {
    if (isRunning || watermark === null || highest <= watermark) return;
    const now = Date.now();
    stuckSince ??= now;
    if (now - stuckSince < patienceMs) return;
    isRunning = true;
    try {
      const from = watermark;
      const upTo = Math.min(highest - 1, from + rangePerRound);
      const changes = await listDealChangesBetween(from, upTo);
      for (const change of changes) if (!heardAbove.has(change.sequence)) sendDealChangeToLocalBoards(io, change);
      heard(Array.from({ length: upTo - from }, (_, index) => from + 1 + index));
    } catch {
      // The database is unreachable: try again next round.
    } finally {
      isRunning = false;
    }
  };

  const timer = setInterval(() => void fill(), options.intervalMs ?? 500);
  timer.unref();
  return { heard, stop: () => clearInterval(timer) };
}
