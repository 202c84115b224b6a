import { z } from 'zod';
import { ZWebhookAccepted, ZWebhookBody } from '@/schemas/integrations';
import { describeRoute, noSuchConnection } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/integrations/{connectionId}/webhook',
  tag: 'Integrations',
  operations: {
    post: {
      summary: 'Receive a CRM webhook',
      description:
        'Where HubSpot, Pipedrive, Salesforce (outbound messages) or any tool signing with X-Cadence-Signature posts deal changes. The request is verified first (HubSpot v3 signature with its timestamp within 5 minutes, v1/v2 only when the connection allows them; Pipedrive HTTP Basic; Salesforce `?token=` and OrganizationId; generic `X-Cadence-Signature: t=…,v1=…` within 5 minutes); a refused request leaves only a line in the delivery log. Accepted events are committed to a durable queue before the answer and applied to the board within moments, deduplicated on the source’s event id; an event older than what a deal already shows is recorded but never rolls it back. Salesforce is answered with a SOAP Ack of true. No session: the signature is the credential. Bodies up to 1 MB.',
      isPublic: true,
      path: z.object({ connectionId: z.string().min(1).meta({ description: 'The connection’s id, from Admin → Integrations' }) }),
      body: ZWebhookBody,
      responses: {
        200: { description: 'Verified and queued (Salesforce: a SOAP Ack, text/xml)', schema: ZWebhookAccepted },
      },
      errors: {
        401: 'The signature, credentials or token do not verify, or the signed timestamp is more than 5 minutes away',
        403: 'A Salesforce message from another organisation',
        ...noSuchConnection,
        409: 'The connection is paused',
        413: 'The body is over 1 MB',
        429: 'Over the connection’s requests a minute: wait for the seconds in Retry-After',
      },
    },
  },
});
