import { z } from 'zod';
import { textOf, toIsoInstant, type ParsedPayload, type WebhookFieldValues } from './normalized-event';

// Pipedrive webhooks v2 post {meta, data, previous}: one deal per request, `data` the deal
// as it is after the change (null when deleted). meta.id identifies the event; the stage
// is Pipedrive's numeric stage_id (mapped to a column by the admin), the owner its user id,
// status says open, won, lost or deleted.

export const ZPipedrivePayload = z.looseObject({
  meta: z.looseObject({
    id: z.union([z.string(), z.number()]),
    action: z.string(),
    entity: z.string().optional(),
    entity_id: z.union([z.string(), z.number()]).optional(),
    timestamp: z.union([z.string(), z.number()]).optional(),
    object: z.string().optional(),
  }),
  data: z.looseObject({}).nullable().optional(),
  previous: z.unknown().optional(),
});

function dealFields(data: Record<string, unknown>): WebhookFieldValues {
  const fields: WebhookFieldValues = {};
  if ('title' in data) fields.title = textOf(data.title);
  if ('org_name' in data) fields.account = textOf(data.org_name);
  if ('value' in data) fields.amount = textOf(data.value);
  if ('currency' in data) fields.currency = textOf(data.currency);
  if ('stage_id' in data) fields.stage = textOf(data.stage_id);
  if ('owner_id' in data || 'user_id' in data) fields.owner = textOf(data.owner_id ?? data.user_id);
  if ('expected_close_date' in data) fields.closeDate = data.expected_close_date ? toIsoInstant(`${String(data.expected_close_date).slice(0, 10)}T12:00:00Z`) : null;
  if ('status' in data) {
    const status = textOf(data.status)?.toLowerCase();
    if (status === 'won') fields.outcome = 'WON';
    else if (status === 'lost') fields.outcome = 'LOST';
    else if (status === 'open') fields.outcome = 'OPEN';
    if (status === 'deleted') fields.deleted = 'true';
    else if (status) fields.deleted = 'false';
    const closedAt = status === 'won' ? data.won_time : status === 'lost' ? data.lost_time : null;
    if (status === 'won' || status === 'lost') fields.closedAt = toIsoInstant(closedAt ?? data.close_time ?? null);
  }
  return fields;
}

export function parsePipedrivePayload(body: unknown): ParsedPayload {
  const parsed = ZPipedrivePayload.safeParse(body);
  if (!parsed.success) return { ok: false, reason: `Not a Pipedrive webhook: ${parsed.error.issues[0]?.message ?? 'unexpected shape'} at ${parsed.error.issues[0]?.path.join('.') || '(body)'}.` };
  const { meta, data } = parsed.data;
  const entity = (meta.entity ?? meta.object ?? 'deal').toLowerCase();
  if (entity !== 'deal') return { ok: true, events: [], ignored: 1 };
  const externalDealId = textOf(meta.entity_id ?? (data ? data.id : null));
  if (!externalDealId) return { ok: false, reason: 'The Pipedrive webhook names no deal (meta.entity_id).' };
  const occurredAt = toIsoInstant(meta.timestamp ?? (data ? data.update_time : null));
  if (!occurredAt) return { ok: false, reason: 'The Pipedrive webhook has no meta.timestamp.' };
  const action = meta.action.toLowerCase();
  const fields: WebhookFieldValues = action === 'delete' || action === 'deleted' ? { deleted: 'true' } : data ? dealFields(data) : {};
  if ((action === 'create' || action === 'added') && fields.deleted === undefined) fields.deleted = 'false';
  return { ok: true, events: [{ sourceEventId: String(meta.id), externalDealId, occurredAt, kind: action, fields }], ignored: 0 };
}
