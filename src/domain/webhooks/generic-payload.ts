import { z } from 'zod';
import { maxEventsPerDelivery, type ParsedPayload } from './normalized-event';

// The generic format, for Apex or Flow callouts and automation tools (Zapier, Make, n8n):
// {"events":[{"id","dealId","occurredAt", ...fields}]}. Only the fields sent change.

const text = z.string().max(2000);
const ZGenericEvent = z.strictObject({
  id: z.string().min(1).max(200),
  dealId: z.string().min(1).max(200),
  occurredAt: z.iso.datetime({ offset: true }),
  title: text.nullable().optional(),
  account: text.nullable().optional(),
  amount: z.union([z.number(), text]).nullable().optional(),
  currency: z.string().length(3).nullable().optional(),
  stage: text.nullable().optional(),
  outcome: z.enum(['won', 'lost', 'open']).nullable().optional(),
  closedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  closeDate: z.iso.date().nullable().optional(),
  owner: text.nullable().optional(),
  deleted: z.boolean().optional(),
});

export const ZGenericPayload = z.strictObject({ events: z.array(ZGenericEvent).min(1).max(maxEventsPerDelivery) });

export function parseGenericPayload(body: unknown): ParsedPayload {
  const parsed = ZGenericPayload.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `Not a Cadence webhook: ${issue?.path.join('.') || '(body)'}: ${issue?.message ?? 'unexpected shape'}.` };
  }
  return {
    ok: true,
    ignored: 0,
    events: parsed.data.events.map((event) => {
      const fields: Record<string, string | null> = {};
      if (event.title !== undefined) fields.title = event.title;
      if (event.account !== undefined) fields.account = event.account;
      if (event.amount !== undefined) fields.amount = event.amount === null ? null : String(event.amount);
      if (event.currency !== undefined) fields.currency = event.currency;
      if (event.stage !== undefined) fields.stage = event.stage;
      if (event.outcome !== undefined) fields.outcome = event.outcome === null ? null : event.outcome.toUpperCase();
      if (event.closedAt !== undefined) fields.closedAt = event.closedAt === null ? null : new Date(event.closedAt).toISOString();
      if (event.closeDate !== undefined) fields.closeDate = event.closeDate === null ? null : `${event.closeDate}T12:00:00.000Z`;
      if (event.owner !== undefined) fields.owner = event.owner;
      if (event.deleted !== undefined) fields.deleted = String(event.deleted);
      return { sourceEventId: event.id, externalDealId: event.dealId, occurredAt: new Date(event.occurredAt).toISOString(), kind: 'generic', fields };
    }),
  };
}
