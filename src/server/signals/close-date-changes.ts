import { prisma } from '@/server/db';
import { closeDateChangesFromEvents, type CloseDateChange } from '@/domain/signals/close-date-pushes';

type DateRow = { dealId: string; occurredAt: Date; before: string | null; after: string | null; hasBefore: boolean };

/**
 * Each deal's close-date changes, oldest first, read from its UPDATED DealEvents (the
 * only change that sets the date after creation). The database hands over just the two
 * dates of each event; which of them are changes is decided by the pure
 * `closeDateChangesFromEvents`. Deals never changed are absent from the map.
 */
export async function loadCloseDateChanges(dealIds: readonly string[]): Promise<Map<string, CloseDateChange[]>> {
  const changes = new Map<string, CloseDateChange[]>();
  if (dealIds.length === 0) return changes;
  const rows = await prisma.$queryRaw<DateRow[]>`
    SELECT "dealId", "occurredAt",
           "before"->>'expectedCloseDate' AS "before", "after"->>'expectedCloseDate' AS "after",
           ("before" ? 'expectedCloseDate') AS "hasBefore"
    FROM "DealEvent"
    WHERE "dealId" = ANY(${[...dealIds]}::text[]) AND "type" = 'UPDATED'::"DealEventType"
      AND ("before"->'expectedCloseDate') IS DISTINCT FROM ("after"->'expectedCloseDate')
    ORDER BY "dealId", "sequence"`;
  const byDeal = new Map<string, DateRow[]>();
  for (const row of rows) {
    const list = byDeal.get(row.dealId);
    if (list) list.push(row);
    else byDeal.set(row.dealId, [row]);
  }
  for (const [dealId, list] of byDeal) {
    const found = closeDateChangesFromEvents(
      list.map((row) => ({
        occurredAt: new Date(row.occurredAt).toISOString(),
        before: row.hasBefore ? { expectedCloseDate: row.before } : {},
        after: { expectedCloseDate: row.after },
      })),
    );
    if (found.length > 0) changes.set(dealId, found);
  }
  return changes;
}
