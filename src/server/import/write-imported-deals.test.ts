import { describe, expect, it } from 'vitest';
import type { TDealCard } from '@/schemas/deal';
import { toEventSlices, type EventRow } from './write-imported-deals';

// Imported events go to the database as JSON texts of a few thousand rows (100 over Prisma);
// a deal's card before an event is sent only with its first event in a text, and taken from
// the previous event's card in SQL for the others. Whatever the split, a deal's first event
// in every text carries its card before.

const card = (dealId: string, version: number) => ({ id: dealId, version }) as unknown as TDealCard;
const event = (dealId: string, version: number, day: number): EventRow => ({
  ord: 0,
  dealId,
  teamId: 'team',
  type: version === 1 ? 'CREATED' : 'MOVED',
  before: version === 1 ? null : card(dealId, version - 1),
  after: card(dealId, version),
  occurredAt: `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`,
});

describe('toEventSlices', () => {
  it('orders by time, then sends each deal’s card before only with its first event in each text', () => {
    const events = [event('b', 1, 2), event('a', 2, 3), event('a', 1, 1), event('b', 2, 4), event('a', 3, 5)];
    const slices = toEventSlices(events, 3).map((text) => JSON.parse(text) as Partial<EventRow>[]);
    expect(slices.map((rows) => rows.map((row) => [row.ord, row.dealId, row.after?.version, 'before' in row ? (row.before?.version ?? null) : 'previous']))).toEqual([
      [
        [0, 'a', 1, null],
        [1, 'b', 1, null],
        [2, 'a', 2, 'previous'],
      ],
      [
        [3, 'b', 2, 1],
        [4, 'a', 3, 2],
      ],
    ]);
  });
});
