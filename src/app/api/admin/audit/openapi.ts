import { ZAuditPage, ZAuditQuery } from '@/schemas/admin';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/audit',
  tag: 'Admin',
  errors: { 403: 'Admins only' },
  operations: {
    get: {
      summary: 'Read the audit log',
      description:
        'Administrative changes, newest first, filtered by actor, object type or object. Paginated: pass the page’s `nextBefore` as `before` for the next page; `nextBefore` is null on the last page. Admins only.',
      query: ZAuditQuery,
      responses: { 200: { description: 'One page of entries', schema: ZAuditPage } },
      errors: { 422: 'The entry named by `before` no longer exists' },
    },
  },
});
