import { webhookFields, type NormalizedEvent, type WebhookField } from './normalized-event';

// Senders retry and reorder. Every field of a source's deal remembers the value it was
// last set to and the source time of that change (with the event id to break ties), so
// an event applies only the fields it carries newer values for: a late "amount" from an
// hour ago neither rolls back the amount set since nor blocks a newer stage it carries.

export type FieldStamp = { value: string | null; at: string; eventId: string };
export type FieldClock = Partial<Record<WebhookField, FieldStamp>>;

/** Whether stamp `a` is later than `b` (source time, then event id, so every order agrees). */
export function isLater(a: Pick<FieldStamp, 'at' | 'eventId'>, b: Pick<FieldStamp, 'at' | 'eventId'> | undefined): boolean {
  if (!b) return true;
  const difference = Date.parse(a.at) - Date.parse(b.at);
  if (difference !== 0) return difference > 0;
  return a.eventId > b.eventId;
}

export type ClockMerge = { clock: FieldClock; changed: WebhookField[]; stale: WebhookField[] };

/** The clock with the event's newer fields in it, which fields it changed and which it was too old for. */
export function mergeIntoClock(clock: FieldClock, event: Pick<NormalizedEvent, 'fields' | 'occurredAt' | 'sourceEventId'>): ClockMerge {
  const next: FieldClock = { ...clock };
  const changed: WebhookField[] = [];
  const stale: WebhookField[] = [];
  for (const field of webhookFields) {
    if (!(field in event.fields)) continue;
    const stamp: FieldStamp = { value: event.fields[field] ?? null, at: event.occurredAt, eventId: event.sourceEventId };
    if (isLater(stamp, clock[field])) {
      next[field] = stamp;
      changed.push(field);
    } else stale.push(field);
  }
  return { clock: next, changed, stale };
}

/** Reads a stored clock back, dropping anything that is not a stamp. */
export function readClock(value: unknown): FieldClock {
  const clock: FieldClock = {};
  if (value === null || typeof value !== 'object') return clock;
  for (const field of webhookFields) {
    const stamp = (value as Record<string, unknown>)[field] as Partial<FieldStamp> | undefined;
    if (stamp && typeof stamp.at === 'string' && typeof stamp.eventId === 'string' && (typeof stamp.value === 'string' || stamp.value === null)) {
      clock[field] = { value: stamp.value, at: stamp.at, eventId: stamp.eventId };
    }
  }
  return clock;
}
