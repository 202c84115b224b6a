import { z } from 'zod';
import { maxEventsPerDelivery, textOf, toIsoInstant, type NormalizedEvent, type ParsedPayload, type WebhookFieldValues } from './normalized-event';

// HubSpot posts a JSON array of up to 100 events. Deals: deal.creation, deal.deletion and
// deal.propertyChange (one property each: dealname, amount, dealstage, closedate,
// hubspot_owner_id, hs_is_closed_won). Events of other objects are ignored.
// The stage ids closedwon and closedlost are HubSpot's own fixed ids for a won and a
// lost deal; they carry the outcome (decision 019).

const ZHubSpotEvent = z.looseObject({
  eventId: z.union([z.number(), z.string()]),
  subscriptionType: z.string(),
  objectId: z.union([z.number(), z.string()]),
  occurredAt: z.union([z.number(), z.string()]),
  propertyName: z.string().optional(),
  propertyValue: z.unknown().optional(),
});

export const ZHubSpotPayload = z.array(ZHubSpotEvent).min(1).max(maxEventsPerDelivery);

function propertyFields(name: string, value: string | null): WebhookFieldValues | null {
  switch (name) {
    case 'dealname':
      return { title: value };
    case 'amount':
      return { amount: value };
    case 'deal_currency_code':
      return { currency: value };
    case 'dealstage': {
      const stage = value?.trim().toLowerCase();
      const outcome = stage === 'closedwon' ? 'WON' : stage === 'closedlost' ? 'LOST' : undefined;
      return outcome ? { stage: value, outcome } : { stage: value };
    }
    case 'hs_is_closed_won':
      return value === 'true' ? { outcome: 'WON' } : null;
    case 'closedate':
      return { closeDate: value === null || value === '' ? null : toIsoInstant(value) };
    case 'hubspot_owner_id':
      return { owner: value === '' ? null : value };
    default:
      return null;
  }
}

export function parseHubSpotPayload(body: unknown): ParsedPayload {
  const parsed = ZHubSpotPayload.safeParse(body);
  if (!parsed.success) return { ok: false, reason: `Not a HubSpot webhook batch: ${parsed.error.issues[0]?.message ?? 'unexpected shape'} at ${parsed.error.issues[0]?.path.join('.') || '(body)'}.` };
  const events: NormalizedEvent[] = [];
  let ignored = 0;
  for (const event of parsed.data) {
    const occurredAt = toIsoInstant(event.occurredAt);
    if (!occurredAt) return { ok: false, reason: `Event ${String(event.eventId)}: occurredAt is not a time.` };
    const base = { sourceEventId: String(event.eventId), externalDealId: String(event.objectId), occurredAt, kind: event.subscriptionType };
    if (event.subscriptionType === 'deal.creation') events.push({ ...base, fields: { deleted: 'false' } });
    else if (event.subscriptionType === 'deal.deletion') events.push({ ...base, fields: { deleted: 'true' } });
    else if (event.subscriptionType === 'deal.restore') events.push({ ...base, fields: { deleted: 'false' } });
    else if (event.subscriptionType === 'deal.propertyChange' && event.propertyName) {
      const fields = propertyFields(event.propertyName, textOf(event.propertyValue));
      if (fields) events.push({ ...base, fields });
      else ignored += 1;
    } else ignored += 1;
  }
  return { ok: true, events, ignored };
}
