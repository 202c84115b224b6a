import { prisma } from '@/server/db';
import { announce } from '@/server/events';
import type { ErrorCode } from '@/server/errors';
import { errorStatus } from '@/server/errors';
import { isDatabaseUnavailable } from '@/server/describe-database-error';
import { parseHubSpotPayload } from '@/domain/webhooks/hubspot-payload';
import { parsePipedrivePayload } from '@/domain/webhooks/pipedrive-payload';
import { isSameSalesforceId, parseSalesforceMessage, salesforceAck, salesforceFault } from '@/domain/webhooks/salesforce-payload';
import { parseGenericPayload } from '@/domain/webhooks/generic-payload';
import type { NormalizedEvent, ParsedPayload, WebhookSource } from '@/domain/webhooks/normalized-event';
import { textProblem } from '@/schemas/primitives';
import { readCappedBody } from '@/server/webhooks/read-capped-body';
import { verifyDelivery } from '@/server/webhooks/verify-delivery';
import { takeWebhookAllowance } from '@/server/webhooks/webhook-rate-limit';

// POST /api/integrations/:id/webhook. Verification comes first: a request that fails it
// (or any other check) is answered 4xx and leaves one line in the delivery log, nothing
// else. A good one is parsed into events, which go into the durable queue with the log
// line in one transaction, committed before the answer; the worker applies them
// (src/server/webhooks/webhook-worker.ts). The answer never waits for that work.

export type WebhookAnswer = { status: number; contentType: string; body: string; retryAfterSeconds?: number };

type Refusal = { code: ErrorCode; message: string; retryAfterSeconds?: number };

function answerRefusal(source: string | null, refusal: Refusal): WebhookAnswer {
  const status = errorStatus[refusal.code];
  if (source === 'salesforce') return { status, contentType: 'text/xml; charset=utf-8', body: salesforceFault(refusal.message), retryAfterSeconds: refusal.retryAfterSeconds };
  return { status, contentType: 'application/json', body: JSON.stringify({ error: { code: refusal.code, message: refusal.message } }), retryAfterSeconds: refusal.retryAfterSeconds };
}

async function logRefusal(connectionId: string, refusal: Refusal): Promise<void> {
  await prisma.webhookDelivery.create({ data: { connectionId, status: errorStatus[refusal.code], error: refusal.message.slice(0, 1000) } });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

type Parsed = ParsedPayload & { organizationId?: string };

function parseBody(source: WebhookSource, text: string): Parsed {
  if (source === 'salesforce') return parseSalesforceMessage(text);
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'The body is not valid JSON.' };
  if (source === 'hubspot') return parseHubSpotPayload(json.value);
  if (source === 'pipedrive') return parsePipedrivePayload(json.value);
  return parseGenericPayload(json.value);
}

function storableProblem(events: readonly NormalizedEvent[]): string | null {
  for (const event of events) {
    for (const value of [event.sourceEventId, event.externalDealId, ...Object.values(event.fields)]) {
      const problem = typeof value === 'string' ? textProblem(value) : null;
      if (problem) return `Event ${event.sourceEventId.slice(0, 40)}: ${problem}.`;
    }
  }
  return null;
}

export async function receiveWebhook(options: { connectionId: string; request: Request; now?: Date }): Promise<WebhookAnswer> {
  const now = options.now ?? new Date();
  let connection;
  try {
    connection = await prisma.integrationConnection.findUnique({ where: { id: options.connectionId } });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ...answerRefusal(null, { code: 'UNAVAILABLE', message: 'Cadence cannot reach its database; send again shortly.' }), retryAfterSeconds: 5 };
    throw error;
  }
  if (!connection) return answerRefusal(null, { code: 'NOT_FOUND', message: 'No such connection: check the receiving URL.' });
  const source = connection.source as WebhookSource;
  const refuse = async (refusal: Refusal): Promise<WebhookAnswer> => {
    await logRefusal(connection.id, refusal);
    return answerRefusal(source, refusal);
  };

  const wait = await takeWebhookAllowance(connection.id, connection.rateLimitPerMinute);
  // Not logged: a flood of refusals must not become a flood of writes.
  if (wait > 0) return answerRefusal(source, { code: 'TOO_MANY_REQUESTS', message: `This connection allows ${connection.rateLimitPerMinute} requests a minute; send again in ${wait} s.`, retryAfterSeconds: wait });
  if (connection.pausedAt) return refuse({ code: 'CONFLICT', message: 'This connection is paused in Cadence; resume it under Admin → Integrations.' });

  const body = await readCappedBody(options.request);
  if (!body.ok) return refuse({ code: 'PAYLOAD_TOO_LARGE', message: body.reason });
  const verification = verifyDelivery({ connection, request: options.request, body: body.text, now });
  if (!verification.ok) return refuse({ code: 'UNAUTHORIZED', message: verification.reason });

  const parsed = parseBody(source, body.text);
  if (!parsed.ok) return refuse({ code: 'BAD_REQUEST', message: parsed.reason });
  if (source === 'salesforce') {
    const expected = connection.salesforceOrganizationId;
    if (!expected || !parsed.organizationId || !isSameSalesforceId(parsed.organizationId, expected)) {
      return refuse({ code: 'FORBIDDEN', message: `The message comes from organisation ${parsed.organizationId ?? '(none)'}, not the one this connection is for.` });
    }
  }
  const problem = storableProblem(parsed.events);
  if (problem) return refuse({ code: 'BAD_REQUEST', message: problem });

  const events = parsed.events;
  const counts = await prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.create({ data: { connectionId: connection.id, status: 200, eventCount: events.length, receivedAt: now } });
    const inserted = events.length === 0 ? { count: 0 } : await tx.webhookEvent.createMany({
      data: events.map((event) => ({
        connectionId: connection.id,
        deliveryId: delivery.id,
        sourceEventId: event.sourceEventId,
        externalDealId: event.externalDealId,
        occurredAt: new Date(event.occurredAt),
        change: { kind: event.kind, fields: event.fields },
        receivedAt: now,
        availableAt: now,
      })),
      skipDuplicates: true,
    });
    const duplicates = events.length - inserted.count;
    if (duplicates > 0) await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { duplicateCount: duplicates } });
    return { deliveryId: delivery.id, queued: inserted.count, duplicates };
  });
  if (counts.queued > 0) announce('webhookEventsQueued', { connectionId: connection.id });
  if (source === 'salesforce') return { status: 200, contentType: 'text/xml; charset=utf-8', body: salesforceAck(true) };
  return {
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ deliveryId: counts.deliveryId, queued: counts.queued, duplicates: counts.duplicates, ignored: parsed.ignored }),
  };
}
