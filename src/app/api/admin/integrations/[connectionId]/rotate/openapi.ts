import { ZRotateSecretInput, ZRotatedSecret } from '@/schemas/integrations';
import { connectionAdminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/integrations/{connectionId}/rotate',
  tag: 'Integrations',
  errors: connectionAdminsOnly,
  operations: {
    post: {
      summary: 'Rotate a connection’s secret',
      description: 'Makes a new secret (or takes HubSpot’s new client secret as `secret`), shown once. The old secret is still accepted for `graceHours` (default 24, 0 ends it now), so the source can be switched without losing deliveries. Audited without either secret. Admins only.',
      body: ZRotateSecretInput,
      isBodyRequired: false,
      responses: ok('The new secret and until when the old one works', ZRotatedSecret),
    },
  },
});
