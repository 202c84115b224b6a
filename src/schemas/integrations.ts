import { z } from 'zod';
import { ZDealStage } from './deal';
import { ZEntityId, ZText } from './primitives';
import { webhookSources } from '@/domain/webhooks/normalized-event';
import { ZGenericPayload } from '@/domain/webhooks/generic-payload';
import { ZHubSpotPayload } from '@/domain/webhooks/hubspot-payload';
import { ZPipedrivePayload } from '@/domain/webhooks/pipedrive-payload';

// What the integrations API takes and answers: Admin → Integrations, the route handlers
// and the OpenAPI document share these.

export const ZIntegrationSource = z.enum(webhookSources).meta({ description: 'hubspot, pipedrive, salesforce or generic (X-Cadence-Signature)' });
export type TIntegrationSource = z.infer<typeof ZIntegrationSource>;

const ZSecretInput = ZText.min(16, 'A secret has at least 16 characters').max(200, 'That secret is too long');
const ZSalesforceOrganizationId = ZText.regex(/^00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/, 'A Salesforce organisation id starts with 00D and has 15 or 18 characters');

export const ZCreateConnectionInput = z.object({
  source: ZIntegrationSource,
  name: ZText.trim().min(1, 'Give the connection a name').max(80, 'Keep the name under 80 characters'),
  secret: ZSecretInput.optional().meta({ description: 'HubSpot: the app’s client secret, which HubSpot signs with. Left out, Cadence makes one.' }),
  salesforceOrganizationId: ZSalesforceOrganizationId.optional(),
  basicUsername: ZText.trim().min(1).max(80).optional().meta({ description: 'Pipedrive: the Basic user name (default cadence)' }),
});
export type TCreateConnectionInput = z.infer<typeof ZCreateConnectionInput>;

export const ZUpdateConnectionInput = z.object({
  name: ZText.trim().min(1, 'Give the connection a name').max(80, 'Keep the name under 80 characters').optional(),
  isPaused: z.boolean().optional(),
  acceptsLegacySignatures: z.boolean().optional().meta({ description: 'HubSpot: also accept v1 and v2 signatures' }),
  salesforceOrganizationId: ZSalesforceOrganizationId.nullable().optional(),
  basicUsername: ZText.trim().min(1).max(80).optional(),
  rateLimitPerMinute: z.int().min(1).max(100_000).optional(),
});
export type TUpdateConnectionInput = z.infer<typeof ZUpdateConnectionInput>;

export const ZRotateSecretInput = z.object({
  graceHours: z.number().min(0).max(168).optional().meta({ description: 'How long the old secret stays valid (default 24 hours, at most a week)' }),
  secret: ZSecretInput.optional().meta({ description: 'HubSpot: the new client secret. Left out, Cadence makes one.' }),
});
export type TRotateSecretInput = z.infer<typeof ZRotateSecretInput>;

export const ZConnection = z
  .object({
    id: z.string(),
    source: ZIntegrationSource,
    name: z.string(),
    url: z.string().meta({ description: 'Where the source posts (Salesforce: add ?token=<secret>)' }),
    isPaused: z.boolean(),
    acceptsLegacySignatures: z.boolean(),
    salesforceOrganizationId: z.string().nullable(),
    basicUsername: z.string().nullable(),
    rateLimitPerMinute: z.number(),
    previousSecretExpiresAt: z.string().nullable().meta({ description: 'Until when the secret before the last rotation is still accepted' }),
    pendingEvents: z.number(),
    failedEvents: z.number(),
    lastDeliveryAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'IntegrationConnection' });
export type TConnection = z.infer<typeof ZConnection>;

export const ZCreatedConnection = z
  .object({ id: z.string(), url: z.string(), secret: z.string().meta({ description: 'Shown once; Cadence keeps it encrypted' }), connection: ZConnection })
  .meta({ id: 'CreatedIntegrationConnection' });
export type TCreatedConnection = z.infer<typeof ZCreatedConnection>;

export const ZRotatedSecret = z.object({ secret: z.string(), previousSecretExpiresAt: z.string().nullable(), connection: ZConnection });
export type TRotatedSecret = z.infer<typeof ZRotatedSecret>;

export const ZUnassignedDeal = z
  .object({
    source: ZIntegrationSource,
    externalId: z.string(),
    title: z.string().nullable(),
    reason: z.string(),
    since: z.string(),
  })
  .meta({ id: 'UnassignedIntegrationDeal', description: 'A CRM deal waiting for an owner (or stage) mapping before it can appear on a board' });
export type TUnassignedDeal = z.infer<typeof ZUnassignedDeal>;

export const ZConnectionList = z.object({ connections: z.array(ZConnection), unassigned: z.array(ZUnassignedDeal) });
export type TConnectionList = z.infer<typeof ZConnectionList>;

export const ZDelivery = z
  .object({
    id: z.string(),
    status: z.number(),
    error: z.string().nullable(),
    eventCount: z.number(),
    duplicateCount: z.number(),
    failedEvents: z.number(),
    pendingEvents: z.number(),
    dealIds: z.array(z.string()),
    receivedAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });
export type TDelivery = z.infer<typeof ZDelivery>;

export const ZDeliveryList = z.object({ deliveries: z.array(ZDelivery) });
export type TDeliveryList = z.infer<typeof ZDeliveryList>;

export const ZReplayResult = z.object({ requeued: z.number() });

export const ZConnectionMappings = z.object({
  source: ZIntegrationSource,
  stages: z.record(z.string().max(200), ZDealStage).meta({ description: 'Source stage (name or id) → column' }),
  owners: z.record(z.string().max(320), ZEntityId).meta({ description: 'Source owner (id or email) → Cadence person id' }),
  people: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })).meta({ description: 'Active people on a team, to choose from' }),
});
export type TConnectionMappings = z.infer<typeof ZConnectionMappings>;

export const ZSaveMappingsInput = z.object({
  stages: z.record(ZText.min(1).max(200), ZDealStage).optional(),
  owners: z.record(ZText.min(1).max(320), ZEntityId.nullable()).optional().meta({ description: 'null forgets a mapping' }),
});
export type TSaveMappingsInput = z.infer<typeof ZSaveMappingsInput>;

export const ZWebhookBody = z
  .union([ZHubSpotPayload, ZPipedrivePayload, ZGenericPayload])
  .meta({
    id: 'WebhookBody',
    description:
      'What the source sends: a HubSpot batch (array of events, signed with X-HubSpot-Signature-v3), a Pipedrive v2 webhook ({meta, data, previous}, HTTP Basic), the generic {events:[…]} (X-Cadence-Signature), or a Salesforce outbound message (SOAP, text/xml, ?token=).',
  });

export const ZWebhookAccepted = z
  .object({
    deliveryId: z.string(),
    queued: z.number().meta({ description: 'Events new to Cadence, committed to the queue' }),
    duplicates: z.number().meta({ description: 'Events already received (by the source’s event id): not queued again' }),
    ignored: z.number().meta({ description: 'Events about other objects or properties' }),
  })
  .meta({ id: 'WebhookAccepted' });
