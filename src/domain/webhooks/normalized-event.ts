import { z } from 'zod';

// What every source's payload becomes: one change to one deal of the source, with the
// source's own event id (for deduplication) and its own time (for ordering). Values stay
// as the source wrote them, as text; the worker reads them with the connection's
// mappings (plan-webhook-deal.ts).

export const webhookSources = ['hubspot', 'pipedrive', 'salesforce', 'generic'] as const;
export type WebhookSource = (typeof webhookSources)[number];

export const webhookFields = ['title', 'account', 'amount', 'currency', 'stage', 'outcome', 'closedAt', 'closeDate', 'owner', 'deleted'] as const;
export type WebhookField = (typeof webhookFields)[number];

export const ZWebhookFieldValues = z.partialRecord(z.enum(webhookFields), z.string().max(2000).nullable());
export type WebhookFieldValues = z.infer<typeof ZWebhookFieldValues>;

export const ZNormalizedEvent = z.object({
  sourceEventId: z.string().min(1).max(200),
  externalDealId: z.string().min(1).max(200),
  /** ISO instant the change happened in the source. */
  occurredAt: z.iso.datetime({ offset: true }),
  /** e.g. deal.propertyChange, change, Opportunity. */
  kind: z.string().max(100),
  fields: ZWebhookFieldValues,
});
export type NormalizedEvent = z.infer<typeof ZNormalizedEvent>;

/** Outcomes as they travel in `fields.outcome`. */
export type WebhookOutcome = 'WON' | 'LOST' | 'OPEN';

export type ParsedPayload = { ok: true; events: NormalizedEvent[]; ignored: number } | { ok: false; reason: string };

/** The most events one delivery may carry (Salesforce's limit; HubSpot batches up to 100). */
export const maxEventsPerDelivery = 100;

/** The largest body a receiver reads. */
export const maxWebhookBodyBytes = 1024 * 1024;

export function toIsoInstant(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value > 1e11 ? value : value * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const text = value.trim();
    if (/^\d+$/.test(text)) return toIsoInstant(Number(text));
    const date = new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  return null;
}

export function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
